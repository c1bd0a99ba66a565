using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring;

namespace Bridgework.Tests.Features.Hiring;

/// <summary>Postings written straight to a test coalition's database.</summary>
public static class HiringTestData
{
    public static Task<Posting> PostingAsync(
        this TestCoalition coalition,
        Guid organizationId,
        string title = "Community health worker",
        PostingStatus status = PostingStatus.Open,
        DateOnly? closesOn = null,
        string? spanishTitle = null) =>
        coalition.DbAsync(async db =>
        {
            var posting = new Posting
            {
                Role = HiringRole.CommunityHealthWorker,
                Title = title,
                SpanishTitle = spanishTitle,
                Duties = "Visit clients at home and help them reach care.",
                ValuedExperience = "Living in the community you serve.",
                LanguagesNeeded = "en,es",
                OrganizationId = organizationId,
                PayMin = 23.5m,
                PayMax = 29m,
                FieldPercent = 60,
                Openings = 2,
                ClosesOn = closesOn,
            };
            posting.ChangeStatus(status, DateTime.UtcNow);
            db.Add(posting);
            await db.SaveChangesAsync();
            return posting;
        });
}
