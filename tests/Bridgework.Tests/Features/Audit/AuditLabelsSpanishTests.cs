using System.Globalization;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Audit;
using Bridgework.Web.Platform.Audit;
using Bridgework.Web.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bridgework.Tests.Features.Audit;

public sealed class AuditLabelsSpanishTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_audited_record_type_and_field_reads_in_Spanish_on_the_audit_trail()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<AuditText>>();

        // The record types and fields the audit interceptor writes to the trail, as the page labels them.
        var labels = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string label, string source)
        {
            if (!labels.TryGetValue(label, out var sources))
            {
                labels[label] = sources = new SortedSet<string>(StringComparer.Ordinal);
            }

            sources.Add(source);
        }

        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(IAudited).IsAssignableFrom(e.ClrType)))
        {
            Add(AuditLabels.Entity(entity.ClrType.Name), entity.ClrType.Name);
            foreach (var property in entity.GetProperties())
            {
                if (property.Name is "Id" or "CoalitionId" or "Version" || property.IsShadowProperty())
                {
                    continue;
                }

                Add(AuditLabels.Field(property.Name), entity.ClrType.Name + "." + property.Name);
            }
        }

        // Lines written by hand rather than by the interceptor: a supervisor reading reflective notes, and the
        // nightly removal of old applications.
        Add(AuditLabels.Field("ReflectiveNotes"), "Training/Supervision/Details");
        Add(AuditLabels.Field("Applications removed"), "Hiring/Retention/PurgeOldCandidates");

        var ui = CultureInfo.CurrentUICulture;
        List<string> missing;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("es");
            missing = labels.Where(label => text[label.Key].ResourceNotFound)
                .Select(label => $"{label.Key} ({string.Join(", ", label.Value)})").ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }

        Assert.NotEmpty(labels);
        Assert.True(missing.Count == 0,
            $"{missing.Count} audit trail labels have no Spanish in AuditText.es.resx:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }
}
