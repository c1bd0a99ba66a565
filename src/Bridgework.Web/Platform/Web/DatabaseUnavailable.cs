using System.Data.Common;
using System.Net.Sockets;

namespace Bridgework.Web.Platform.Web;

/// <summary>Tells a database that cannot be reached apart from a bug, so the user gets a 503 that says so.</summary>
public static class DatabaseUnavailable
{
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
