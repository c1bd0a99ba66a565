using System.Net;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Bridgework.Web.Features.Hiring;

/// <summary>
/// QR codes as inline SVG: sharp at any print size, no image request, and scaled by CSS through its viewBox.
/// The SVG carries an accessible name, since a reader of the page cannot scan it.
/// </summary>
public static class QrCodes
{
    public static HtmlString Svg(string url, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..];
        return new HtmlString(
            $"<svg class=\"qr-code\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\"" + svg["<svg".Length..]);
    }
}
