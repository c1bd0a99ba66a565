using System.ComponentModel.DataAnnotations;
using Bridgework.Web.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bridgework.Web.Features.Careers.Ladder;

/// <summary>Starts a draft for a family: a copy of its published ladder to change, or an empty one.</summary>
[Authorize(Policy = CareersPermissions.Manage)]
public sealed class NewModel(AppDbContext db, StartDraft start, IStringLocalizer<CareersText> text) : PageModel
{
    [BindProperty]
    public NewLadderInput Input { get; set; } = new();

    public void OnGet(CareerFamily? family) => Input.Family = family;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Family is { } family && await db.Set<CareerLadder>().AnyAsync(l => l.Family == family && l.Status == LadderStatus.Draft, cancellationToken))
        {
            ModelState.AddModelError("Input.Family", text["This family already has a draft. Finish or publish it before starting another."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = await start.HandleAsync(Input.Family!.Value, Input.Name.Trim(), cancellationToken, copyPublished: !Input.StartEmpty);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["Draft version {0} of {1} was started. Change its levels and pay, then publish it.", draft.Number, draft.Name].Value;
        return Redirect($"/Careers/Ladder/{draft.Id}");
    }

    public sealed class NewLadderInput
    {
        [Required(ErrorMessage = "Choose the job family this ladder is for.")]
        [Display(Name = "Job family")]
        public CareerFamily? Family { get; set; }

        [Required(ErrorMessage = "Enter the ladder’s name.")]
        [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        /// <summary>Build the levels one by one instead of starting from a copy of the published ladder.</summary>
        public bool StartEmpty { get; set; }
    }
}
