using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Domain.AnnualReports;
using Microsoft.Data.Sqlite;

namespace Gongkai.Bench;

/// <summary>Usage: Gongkai.Bench annual-reports fill &lt;sqlite-file&gt; &lt;publications&gt; &lt;applications&gt;.
/// Fills a migrated and seeded database (start the app once on it first) with published items and
/// disclosure applications in the tables and shapes the app stores them: each case with its events
/// (received, sometimes extension, correction or fee notice, reply with its outcome, archiving,
/// reconsideration and litigation) and the clock fields the app keeps on the case. Raw SQL with
/// prepared statements, 50,000 rows a transaction: EF change tracking would take an hour for this.
/// Existing rows are kept: only what is missing up to the requested counts is added.</summary>
public static class AnnualReportsFill
{
    private const int Batch = 50_000;
    private const string Author = "00000000-0000-0000-0000-00000000BE0C";

    public static async Task<int> RunAsync(string file, int publications, int applications)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        // Bench data only: a lost fill is simply redone.
        Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
        var organs = Ids(connection, "SELECT Id FROM Organization WHERE IsActive = 1 AND Kind <> 'Party' ORDER BY SortOrder, Id");
        var columns = Pairs(connection, "SELECT c.OrganizationId, c.Id FROM PublicationColumn c JOIN Organization o ON o.Id = c.OrganizationId WHERE o.IsActive = 1 AND c.Key LIKE 'item-%'");
        if (organs.Count == 0 || columns.Count == 0)
        {
            Console.Error.WriteLine("no organs or columns: start the application once on this database first");
            return 1;
        }

        var have = Scalar(connection, "SELECT COUNT(*) FROM Publication");
        if (have < publications)
        {
            var sw = Stopwatch.StartNew();
            InsertPublications(connection, columns, (int)have, publications);
            Console.WriteLine($"inserted {publications - have:N0} published items in {sw.Elapsed.TotalSeconds:F1} s");
        }

        have = Scalar(connection, "SELECT COUNT(*) FROM DisclosureApplications");
        if (have < applications)
        {
            var sw = Stopwatch.StartNew();
            var events = InsertApplications(connection, organs, (int)have, applications);
            Console.WriteLine($"inserted {applications - have:N0} applications with {events:N0} events in {sw.Elapsed.TotalSeconds:F1} s");
        }

        Execute(connection, "ANALYZE;");
        return 0;
    }

    private static void InsertPublications(SqliteConnection connection, List<(int Organization, int Column)> columns, int from, int count)
    {
        var text = new GovernmentText(20261127 + from);
        var start = new DateTimeOffset(2020, 1, 6, 2, 0, 0, TimeSpan.Zero);
        using var item = Prepare(connection,
            """
            INSERT INTO Publication (OrganizationId, IndexNumber, Status, AuthorId, CreatedAt, UpdatedAt, PublishedAt, ReviewStages,
              WorkingInReview, PublishedRevisionNumber, Version, ColumnId, Title, DocumentNumber, Topic, Genre, Validity, SignedOn, FormedOn, BodyHtml)
            VALUES ($org, $index, 'Published', $author, $at, $at, $at, 3, 0, 1, $version, $column, $title, $number, '综合政务', '通知', 'Valid', $formed, $formed, $body)
            RETURNING Id
            """);
        using var revision = Prepare(connection,
            """
            INSERT INTO PublicationRevision (PublicationId, Number, AuthorId, AuthorName, CreatedAt, UpdatedAt, Round, PublishedAt, ColumnId, Title,
              DocumentNumber, Topic, Genre, Validity, SignedOn, FormedOn, BodyHtml)
            VALUES ($id, 1, $author, '基准数据', $at, $at, 1, $at, $column, $title, $number, '综合政务', '通知', 'Valid', $formed, $formed, $body)
            """);
        for (var done = from; done < count; done += Batch)
        {
            using var tx = connection.BeginTransaction();
            item.Transaction = revision.Transaction = tx;
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var (organization, column) = columns[text.Next(columns.Count)];
                var publishedAt = start.AddMinutes((long)i * 2400000 / count);
                var at = Time(publishedAt);
                var formed = Date(DateOnly.FromDateTime(publishedAt.UtcDateTime).AddDays(-text.Next(15)));
                var title = text.Title(i);
                var number = $"江津府办发〔{publishedAt.Year}〕{i % 400 + 1}号";
                var body = text.Body();
                Set(item, ("$org", organization), ("$index", $"BENCH{organization:D6}/{publishedAt.Year}-{i:D7}"), ("$author", Author), ("$at", at),
                    ("$version", Guid.NewGuid().ToString().ToUpperInvariant()), ("$column", column), ("$title", title), ("$number", number), ("$formed", formed), ("$body", body));
                var id = (long)item.ExecuteScalar()!;
                Set(revision, ("$id", id), ("$author", Author), ("$at", at), ("$column", column), ("$title", title), ("$number", number), ("$formed", formed), ("$body", body));
                revision.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }

    /// <summary>Cases received 2020-01-02 … 2023-12-31 over all organs (a few organs get most of
    /// them, as in a real district), most replied within 1–40 days, so those received in December
    /// are carried over into the next year; about 2 % stay open (carried forward to 2024).</summary>
    private static long InsertApplications(SqliteConnection connection, List<int> organs, int from, int count)
    {
        var random = new Random(20261128 + from);
        var first = new DateOnly(2020, 1, 2);
        var span = new DateOnly(2023, 12, 31).DayNumber - first.DayNumber + 1;
        var lastRecorded = new DateOnly(2024, 1, 31);
        string[] kinds = ["naturalPerson", "naturalPerson", "naturalPerson", "naturalPerson", "naturalPerson", "naturalPerson", "commercial", "research", "social", "legal", "otherOrganization"];
        var outcomes = ApplicationsTableKeys.OutcomeCodes;
        string[] results = ["upheld", "upheld", "upheld", "corrected", "other"];
        using var application = Prepare(connection,
            """
            INSERT INTO DisclosureApplications (OrganizationId, TrackingCode, QueryPasswordHash, ApplicantKind, ApplicantName, IdentityProof,
              IdNumberCipher, IdNumberIndex, PhoneCipher, PhoneIndex, AddressCipher, EmailCipher, InformationTitle, Description, FormWanted,
              Delivery, Channel, ReceivedOn, SubmittedAt, SubmissionKey, Stage, IsOpen, DueOn, Outcome, RepliedOn, ArchivedOn,
              ReconsiderationResult, LitigationResult, LitigationAfterReconsideration, Version)
            VALUES ($org, $code, 'pbkdf2$100000$YmVuY2g=$YmVuY2g=', $kind, $name, '居民身份证', $cipher, $idIndex, $cipher, $phoneIndex, $cipher, NULL,
              $title, $description, 'electronic', 'online', 'online', $received, $submitted, $key, $stage, $open, $due, $outcome, $replied, $archived,
              $reconsideration, $litigation, $afterReconsideration, $version)
            RETURNING Id
            """);
        using var evt = Prepare(connection,
            """
            INSERT INTO DisclosureApplicationEvents (ApplicationId, Type, "On", WorkingDays, Outcome, Approver, AppealResult, AfterReconsideration, RecordedAt, RecordedBy)
            VALUES ($id, $type, $on, $days, $outcome, $approver, $result, $after, $at, 'bench')
            """);
        long events = 0;
        var text = new GovernmentText(20261129 + from);
        for (var done = from; done < count; done += Batch)
        {
            using var tx = connection.BeginTransaction();
            application.Transaction = evt.Transaction = tx;
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                // Squaring skews towards the first organs: the district government and big bureaus.
                var organ = organs[(int)(organs.Count * Math.Pow(random.NextDouble(), 2))];
                var received = first.AddDays(random.Next(span));
                var extended = random.Next(10) == 0;
                var corrected = random.Next(20) == 0;
                var fee = random.Next(100) == 0;
                DateOnly? replied = received.AddDays(1 + random.Next(extended ? 55 : 40));
                if (replied > lastRecorded || random.Next(50) == 0)
                {
                    replied = null;
                }

                var outcome = replied is null ? null : random.Next(2) == 0 ? "granted" : outcomes[random.Next(outcomes.Count)];
                DateOnly? archived = replied is { } r && random.Next(2) == 0 && r.AddDays(10) <= lastRecorded ? r.AddDays(10) : null;
                var reconsideration = replied is not null && random.Next(100) == 0 ? results[random.Next(results.Length)] : null;
                var litigation = replied is not null && random.Next(200) == 0 ? results[random.Next(results.Length)] : null;
                var submitted = received.ToDateTime(new TimeOnly(1, 30));
                var hash = Convert.ToHexString(SHA256.HashData(BitConverter.GetBytes(i)));
                Set(application, ("$org", organ), ("$code", $"YS{i:D10}"), ("$kind", kinds[random.Next(kinds.Length)]), ("$name", "基准申请人" + i),
                    ("$cipher", Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(hash))) + hash[..32]), ("$idIndex", hash),
                    ("$phoneIndex", hash[32..] + hash[..32]), ("$title", text.Title(i)), ("$description", "请公开" + text.Title(i) + "的全文及附件。"),
                    ("$received", Date(received)), ("$submitted", Time(new DateTimeOffset(submitted, TimeSpan.Zero))), ("$key", hash.ToLowerInvariant()),
                    ("$stage", archived is not null ? "archived" : replied is not null ? "replied" : "handling"), ("$open", replied is null ? 1 : 0),
                    ("$due", Date(received.AddDays(extended ? 56 : 28))), ("$outcome", outcome), ("$replied", replied is { } x ? Date(x) : null),
                    ("$archived", archived is { } a ? Date(a) : null), ("$reconsideration", reconsideration), ("$litigation", litigation),
                    ("$afterReconsideration", litigation is not null && reconsideration is not null ? 1 : 0), ("$version", Guid.NewGuid().ToString().ToUpperInvariant()));
                var id = (long)application.ExecuteScalar()!;

                void Event(string type, DateOnly on, int? days = null, string? eventOutcome = null, string? approver = null, string? result = null, bool after = false)
                {
                    Set(evt, ("$id", id), ("$type", type), ("$on", Date(on)), ("$days", days), ("$outcome", eventOutcome), ("$approver", approver),
                        ("$result", result), ("$after", after ? 1 : 0), ("$at", Time(new DateTimeOffset(on.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero))));
                    evt.ExecuteNonQuery();
                    events++;
                }

                Event("received", received);
                if (corrected)
                {
                    Event("correctionRequested", received.AddDays(2));
                    Event("correctionReceived", received.AddDays(6));
                }

                if (extended)
                {
                    Event("extensionApproved", received.AddDays(18), days: 20, approver: "负责人");
                }

                if (fee && replied is { } paidBy)
                {
                    Event("feeNoticeSent", received.AddDays(3));
                    Event("feePaid", received.AddDays(5) < paidBy ? received.AddDays(5) : paidBy);
                }

                if (replied is { } on)
                {
                    Event("replied", on, eventOutcome: outcome);
                    if (archived is { } archivedOn)
                    {
                        Event("archived", archivedOn);
                    }

                    // An appeal is recorded when filed (pending) and again when decided.
                    if (reconsideration is not null)
                    {
                        Event("reconsideration", on.AddDays(30), result: "pending");
                        Event("reconsideration", on.AddDays(90), result: reconsideration);
                    }

                    if (litigation is not null)
                    {
                        Event("litigation", on.AddDays(120), result: "pending", after: reconsideration is not null);
                        Event("litigation", on.AddDays(300), result: litigation, after: reconsideration is not null);
                    }
                }
            }

            tx.Commit();
        }

        return events;
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private static string Date(DateOnly on) => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Prepare(connection, sql);
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = Prepare(connection, sql);
        return (long)command.ExecuteScalar()!;
    }

    private static List<int> Ids(SqliteConnection connection, string sql)
    {
        using var command = Prepare(connection, sql);
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static List<(int, int)> Pairs(SqliteConnection connection, string sql)
    {
        using var command = Prepare(connection, sql);
        using var reader = command.ExecuteReader();
        var pairs = new List<(int, int)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }

        return pairs;
    }
}
