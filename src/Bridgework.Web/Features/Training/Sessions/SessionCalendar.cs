using System.Globalization;
using System.Text;

namespace Bridgework.Web.Features.Training.Sessions;

/// <summary>A calendar invite (RFC 5545) for one session, in the coalition's time zone.</summary>
public static class SessionCalendar
{
    public static string Invite(Guid sessionId, string title, DateOnly date, TimeOnly start, TimeOnly end, string? place, string? link, string timeZone, DateTime stampUtc)
    {
        static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        string Local(TimeOnly time) => date.ToDateTime(time).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

        var ics = new StringBuilder();
        void Line(string line) => ics.Append(line).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Bridgework//Training//EN");
        Line("METHOD:PUBLISH");
        Line("BEGIN:VEVENT");
        Line($"UID:{sessionId}@bridgework");
        Line($"DTSTAMP:{stampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        Line($"DTSTART;TZID={timeZone}:{Local(start)}");
        Line($"DTEND;TZID={timeZone}:{Local(end)}");
        Line($"SUMMARY:{Escape(title)}");
        if (!string.IsNullOrWhiteSpace(place))
        {
            Line($"LOCATION:{Escape(place)}");
        }

        if (!string.IsNullOrWhiteSpace(link))
        {
            Line($"URL:{Escape(link)}");
            Line($"DESCRIPTION:{Escape(link)}");
        }

        Line("END:VEVENT");
        Line("END:VCALENDAR");
        return ics.ToString();
    }
}
