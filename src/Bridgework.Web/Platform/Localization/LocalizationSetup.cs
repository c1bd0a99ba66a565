using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bridgework.Web.Platform.Localization;

public static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [new("en-US"), new("es-US")];

    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The language switch writes the cookie; a first visit follows the browser.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new BrowserLanguageProvider()];
        });
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        return services;
    }

    /// <summary>
    /// Data annotations on a module's types (display names, validation messages) read that module's
    /// resources: the type Bridgework.Web.Features.People.X reads PeopleText. Others read SharedText.
    /// </summary>
    public static void UseModuleResources(MvcDataAnnotationsLocalizationOptions options) =>
        options.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(ModuleTextFor(type));

    private static readonly ConcurrentDictionary<Type, Type> Markers = new();

    public static Type ModuleTextFor(Type type) => Markers.GetOrAdd(type, static t =>
    {
        const string prefix = "Bridgework.Web.Features.";
        var ns = t.Namespace ?? "";
        if (ns.StartsWith(prefix, StringComparison.Ordinal))
        {
            var module = ns[prefix.Length..].Split('.')[0];
            var marker = t.Assembly.GetType($"{prefix}{module}.{module}Text");
            if (marker is not null)
            {
                return marker;
            }
        }

        return typeof(SharedText);
    });

    /// <summary>
    /// Maps the browser's languages onto ours: any Spanish ("es", "es-MX") reads es-US, so dates, numbers
    /// and money stay in US conventions; anything else falls through to English.
    /// </summary>
    private sealed class BrowserLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value ?? "");
            foreach (var language in languages)
            {
                var match = Cultures.FirstOrDefault(c => language.StartsWith(c.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase));
                if (match is not null)
                {
                    return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(match.Name));
                }
            }

            return NullProviderCultureResult;
        }
    }

    /// <summary>Model binding messages ("The value 'abc' is not valid") in the user's language.</summary>
    private sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var t = factory.Create(typeof(SharedText));
            var m = options.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, field) => t["“{0}” is not a valid value for {1}.", value, field]);
            m.SetValueIsInvalidAccessor(value => t["“{0}” is not a valid value.", value]);
            m.SetValueMustBeANumberAccessor(field => t["{0} must be a number.", field]);
            m.SetMissingBindRequiredValueAccessor(field => t["Enter a value for {0}.", field]);
            m.SetMissingKeyOrValueAccessor(() => t["Enter a value."]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => t["Enter a value."]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["“{0}” is not a valid value.", value]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => t["Enter a number."]);
            m.SetUnknownValueIsInvalidAccessor(field => t["The value for {0} is not valid.", field]);
            m.SetValueMustNotBeNullAccessor(field => t["Enter a value for {0}.", field]);
        }
    }
}
