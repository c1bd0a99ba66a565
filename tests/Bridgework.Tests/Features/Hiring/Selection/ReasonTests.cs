using System.Net;
using Bridgework.Tests.Support;
using Bridgework.Web.Features.Hiring.Pipeline;
using Bridgework.Web.Features.Hiring.Selection;
using Microsoft.EntityFrameworkCore;

namespace Bridgework.Tests.Features.Hiring.Selection;

public sealed class ReasonTests(RoomyAppFactory app) : IClassFixture<RoomyAppFactory>
{
    [Fact]
    public async Task Not_selected_and_withdrawn_need_a_reason_and_keep_the_chosen_label_with_the_note()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Phone screen");
        var notSelected = await data.PhaseAsync("Not selected");
        var closerFit = await ReasonAsync(data, "Another candidate was a closer fit");
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        var url = $"/Hiring/Pipeline/Candidate/{candidate}";

        var form = await admin.TextAsync(url);
        var refused = await admin.PostFormAsync(url, new() { ["MoveTo"] = notSelected.ToString() });
        var moved = await admin.PostFormAsync(url, new() { ["MoveTo"] = notSelected.ToString(), ["ReasonId"] = closerFit.ToString(), ["Reason"] = "Her Hmong was a plus; keep her in mind." });

        Assert.Contains("Did not meet the posting’s must-haves", WebUtility.HtmlDecode(form));
        Assert.Contains("Took another job", form);
        Assert.Contains("Give a reason: it stays in the candidate’s history.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var move = await data.Coalition.DbAsync(db => db.Set<PhaseMove>().SingleAsync());
        Assert.Equal((closerFit, "Another candidate was a closer fit", "Her Hmong was a plus; keep her in mind."), (move.ReasonId!.Value, move.Reason!, move.ReasonNote!));
        Assert.Contains("Another candidate was a closer fit · Her Hmong was a plus; keep her in mind.", await admin.TextAsync(url));
    }

    [Fact]
    public async Task A_withdrawn_reason_is_refused_for_not_selected()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Phone screen");
        var notSelected = await data.PhaseAsync("Not selected");
        var tookJob = await ReasonAsync(data, "Took another job");
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();
        var url = $"/Hiring/Pipeline/Candidate/{candidate}";

        var refused = await admin.PostFormAsync(url, new() { ["MoveTo"] = notSelected.ToString(), ["ReasonId"] = tookJob.ToString() });

        Assert.Contains("Choose a reason listed for that phase.", await refused.Content.ReadAsStringAsync());
        Assert.False(await data.Coalition.DbAsync(db => db.Set<PhaseMove>().AnyAsync()));
    }

    [Fact]
    public async Task An_admin_adds_a_reason_and_archives_another_and_the_move_form_follows()
    {
        var data = await SelectionData.CreateAsync(app);
        var candidate = await data.CandidateAsync("Phone screen");
        var pay = await data.Coalition.DbAsync(db => db.Set<EndingReason>().SingleAsync(r => r.Label == "Pay"));
        var admin = await (await data.Coalition.AdminAsync()).SignInAsync();

        var added = await admin.PostFormAsync("/Hiring/Selection/Reasons", new() { ["Input.Kind"] = "Withdrawn", ["Input.Label"] = "Moved away" });
        var empty = await admin.PostFormAsync("/Hiring/Selection/Reasons", new() { ["Input.Kind"] = "Withdrawn", ["Input.Label"] = "" });
        var archived = await admin.PostFormAsync($"/Hiring/Selection/Reasons/Edit/{pay.Id}", new() { ["Input.Label"] = "Pay", ["Input.IsArchived"] = "true", ["Input.Version"] = pay.Version.ToString() });
        var stale = await admin.PostFormAsync($"/Hiring/Selection/Reasons/Edit/{pay.Id}", new() { ["Input.Label"] = "Wages", ["Input.Version"] = pay.Version.ToString() });
        var form = await admin.TextAsync($"/Hiring/Pipeline/Candidate/{candidate}");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Enter the reason in a few words.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.True(staleHtml.Contains("Someone else changed this reason while you were editing.", StringComparison.Ordinal), $"{(int)stale.StatusCode} {stale.Headers.Location} {staleHtml[..Math.Min(staleHtml.Length, 3000)]}");
        Assert.Contains("Moved away", form);
        Assert.DoesNotContain(">Pay<", form);
    }

    private static Task<Guid> ReasonAsync(SelectionData data, string label) =>
        data.Coalition.DbAsync(db => db.Set<EndingReason>().Where(r => r.Label == label).Select(r => r.Id).SingleAsync());
}
