using System.Net;
using System.Text.RegularExpressions;
using Bridgework.Tests.Features.People;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Platform.Web;

public sealed partial class DuplicateSubmissionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_form_sent_twice_saves_once_and_the_second_send_lands_where_the_first_did()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync("Twice Clinic");
        var client = await admin.SignInAsync();
        var form = await client.TextAsync("/People/Staff/New");
        var submission = SubmissionId().Match(form).Groups[1].Value;
        Assert.NotEmpty(submission);
        var fields = new Dictionary<string, string>
        {
            ["Input.LegalFirstName"] = "Dolores",
            ["Input.LegalLastName"] = "Twicesent",
            ["Input.JobFamily"] = "CommunityHealthWorker",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.Status"] = "Active",
            ["Input.Fte"] = "1.0",
            ["__SubmissionId"] = submission,
        };

        var first = await client.PostFormAsync("/People/Staff/New", fields);
        var second = await client.PostFormAsync("/People/Staff/New", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<StaffMember>().CountAsync(s => s.LegalLastName == "Twicesent")));
        Assert.Contains("You sent this form twice; it was saved once.", await client.TextAsync(second.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task A_form_refused_for_a_mistake_can_be_corrected_and_sent_with_the_same_id()
    {
        var coalition = await TestCoalition.CreateAsync(app);
        var admin = await coalition.AdminAsync();
        var org = await coalition.AddOrganizationAsync("Second Try Clinic");
        var client = await admin.SignInAsync();
        var submission = SubmissionId().Match(await client.TextAsync("/People/Staff/New")).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["Input.LegalFirstName"] = "Rogelio",
            ["Input.LegalLastName"] = "",
            ["Input.JobFamily"] = "CommunityHealthWorker",
            ["Input.OrganizationId"] = org.ToString(),
            ["Input.Status"] = "Active",
            ["Input.Fte"] = "1.0",
            ["__SubmissionId"] = submission,
        };

        var refused = await client.PostFormAsync("/People/Staff/New", fields);
        fields["Input.LegalLastName"] = "Secondtry";
        var saved = await client.PostFormAsync("/People/Staff/New", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await coalition.DbAsync(db => db.Set<StaffMember>().CountAsync(s => s.LegalLastName == "Secondtry")));
    }

    [GeneratedRegex("name=\"__SubmissionId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionId();
}
