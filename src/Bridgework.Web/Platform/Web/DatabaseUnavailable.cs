using System.Data.Common;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Diagnostics;
using System.Net.Sockets;

namespace Bridgework.Web.Platform.Web;

/// <summary>Tells a database that cannot be reached apart from a bug, so the user gets a 503 that says so.</summary>
public static class DatabaseUnavailable
{
    private static readonly object Key = new();

    /// <summary>Remembers that the database failed while authenticating this request.</summary>
    public static void Mark(HttpContext context, Exception exception) => context.Items[Key] = exception;

    /// <summary>
    /// Runs after authentication: a request whose sign-in check could not reach the database fails here,
    /// so the error page (which skips this) answers 503 instead of the page running half-authenticated.
    /// </summary>
    public static IApplicationBuilder UseDatabaseUnavailableCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Items[Key] is Exception failure && context.Features.Get<IExceptionHandlerFeature>() is null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        await next();
    });

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SocketException:
                case TimeoutException:
                case Npgsql.NpgsqlException { IsTransient: true }:
                case Npgsql.NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" or "3D000" }:
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 or 10 or 14 or 26 }:
                    return true;
                case DbException when e.Message.Contains("connect", StringComparison.OrdinalIgnoreCase):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
