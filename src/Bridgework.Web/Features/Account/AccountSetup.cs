namespace Bridgework.Web.Features.Account;

public static class AccountSetup
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddScoped<AccountMail>();
        return services;
    }
}
