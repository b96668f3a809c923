using System.Collections.Concurrent;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Applications;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>TEST ONLY: case and appeal records per organ, standing in for the applications feature
/// until it is merged. Tests put generated records here; <see cref="GeneratedCaseRecordsSource"/> serves them.</summary>
public sealed class GeneratedCaseRecords
{
    public ConcurrentDictionary<int, List<ApplicationCaseRecord>> Cases { get; } = new();

    public ConcurrentDictionary<int, List<AppealRecord>> Appeals { get; } = new();

    /// <summary>Cases of one organ, spread over 2022–2024 (received, closed or still open, any
    /// outcome, any applicant kind), from a fixed seed so failures repeat.</summary>
    public static List<ApplicationCaseRecord> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var cases = new List<ApplicationCaseRecord>();
        for (var i = 0; i < count; i++)
        {
            var received = new DateOnly(2022, 1, 1).AddDays(random.Next(3 * 365));
            var open = random.Next(8) == 0;
            // Up to 45 days to close, so plenty of cases cross a year end.
            DateOnly? closed = open ? null : received.AddDays(random.Next(46));
            var code = ApplicationsTableKeys.OutcomeCodes[random.Next(ApplicationsTableKeys.OutcomeCodes.Count)];
            cases.Add(new ApplicationCaseRecord(received, closed, open ? null : code, (ApplicantKind)random.Next(6)));
        }

        return cases;
    }
}
