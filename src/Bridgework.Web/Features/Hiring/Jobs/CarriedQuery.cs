namespace Bridgework.Web.Features.Hiring.Jobs;

/// <summary>
/// The query a public page passes on to the next one, so that a referral code or a flyer's marker still
/// reaches the application form after the visitor has looked around. Only well-formed values travel.
/// </summary>
public static class CarriedQuery
{
    public static string For(string? referralCode, string? source)
    {
        var parts = new List<string>(2);
        if (Referrals.ReferralCode.Normalize(referralCode) is { } code)
        {
            parts.Add("ref=" + code);
        }

        if (Apply.SubmitApplication.IsFlyer(source))
        {
            parts.Add("src=" + Apply.SubmitApplication.FlyerSource);
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
