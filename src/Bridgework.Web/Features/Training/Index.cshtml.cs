using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bridgework.Web.Features.Training;

/// <summary>/Training opens My training, where the menu entry leads, instead of a dead end.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Training/Me/Index");
}
