using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Localization;
using Bridgework.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Platform.Web;

/// <summary>
/// Makes a signed-in form post that succeeds happen once. The first post with a given submission id claims
/// it before its handler runs; a post that ends in a redirect (the app's way of saying "saved") keeps the
/// claim with where it went; any other outcome releases it, so a corrected form can be sent again. The same
/// id arriving again is sent where the first one went, with a note that nothing was saved twice.
/// </summary>
public sealed class DuplicateSubmissionFilter(
    AppDbContext db, TimeProvider clock, IStringLocalizer<SharedText> text, ITempDataDictionaryFactory tempData)
    : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType
            || http.User.UserId() is not { } userId
            || !Guid.TryParse(http.Request.Form[SubmissionIdTagHelper.FieldName], out var submissionId))
        {
            await next();
            return;
        }

        var cancellationToken = http.RequestAborted;
        var earlier = await db.Set<FormSubmission>().AsNoTracking()
            .Where(s => s.Id == submissionId && s.UserId == userId)
            .Select(s => new { s.ResultUrl })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null || !await ClaimAsync(submissionId, userId, cancellationToken))
        {
            tempData.GetTempData(http)["Flash"] = text["You sent this form twice; it was saved once."].Value;
            context.Result = new LocalRedirectResult(earlier?.ResultUrl ?? http.Request.Path + http.Request.QueryString);
            return;
        }

        var executed = await next();
        var destination = executed.Exception is null || executed.ExceptionHandled
            ? executed.Result switch
            {
                RedirectToPageResult or LocalRedirectResult or RedirectResult or RedirectToActionResult or RedirectToRouteResult => Destination(executed),
                _ => null,
            }
            : null;

        var claim = db.Set<FormSubmission>().Where(s => s.Id == submissionId);
        if (destination is null)
        {
            await claim.ExecuteDeleteAsync(CancellationToken.None);
        }
        else
        {
            await claim.ExecuteUpdateAsync(s => s.SetProperty(x => x.ResultUrl, destination), CancellationToken.None);
        }
    }

    private async Task<bool> ClaimAsync(Guid submissionId, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Keep the table small: a user's submissions older than a day can no longer be repeated by a click.
        var dayAgo = now.AddDays(-1);
        await db.Set<FormSubmission>().Where(s => s.UserId == userId && s.At < dayAgo).ExecuteDeleteAsync(cancellationToken);

        var claim = new FormSubmission { Id = submissionId, UserId = userId, At = now };
        db.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same form is being handled right now by another request.
            return false;
        }
        finally
        {
            db.Entry(claim).State = EntityState.Detached;
        }
    }

    private static string? Destination(PageHandlerExecutedContext executed)
    {
        var url = executed.Result switch
        {
            LocalRedirectResult local => local.Url,
            RedirectResult redirect => redirect.Url,
            RedirectToPageResult page => (page.UrlHelper ?? new Microsoft.AspNetCore.Mvc.Routing.UrlHelper(executed)).Page(
                page.PageName ?? executed.ActionDescriptor.ViewEnginePath, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
            _ => null,
        };
        return url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : null;
    }
}
