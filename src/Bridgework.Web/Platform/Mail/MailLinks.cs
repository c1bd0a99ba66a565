using Microsoft.Extensions.Options;

namespace Bridgework.Web.Platform.Mail;

/// <summary>Turns an app path into the absolute link a mail carries (see <see cref="MailOptions.LinkBaseUrl"/>).</summary>
public sealed class MailLinks(IOptions<MailOptions> options, IHttpContextAccessor http)
{
    public string For(string pathAndQuery)
    {
        var configured = options.Value.LinkBaseUrl;
        string root;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            root = configured.TrimEnd('/');
        }
        else
        {
            var request = http.HttpContext?.Request
                ?? throw new InvalidOperationException("Set Mail:LinkBaseUrl to send mail with links outside a request.");
            root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return root + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }
}
