using System.Net;
using System.Text.RegularExpressions;

namespace Bridgework.Tests.Support;

/// <summary>Posts forms the way a browser does: fetch the page first for its antiforgery token.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {formPage ?? url} (status {(int)page.StatusCode}).");
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient client, string url, Dictionary<string, string> fields, string fileField, string fileName, byte[] content, string contentType, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {formPage ?? url}.");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(url, form);
    }

    public static async Task<string> TextAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
