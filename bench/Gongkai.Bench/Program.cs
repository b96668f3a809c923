using Gongkai.Bench;

if (args.Length > 0 && args[0] == "annual-reports")
{
    return await AnnualReportsBench.RunAsync(args);
}

if (args.Length > 0 && args[0] == "compliance")
{
    // Usage: Gongkai.Bench compliance <data-directory> [year] (bench/compliance.sh)
    return await ComplianceBench.RunAsync(args);
}

if (args.Length >= 3 && args[0] == "applications")
{
    // Usage: Gongkai.Bench applications <directory> <size> [<size> …] (bench/applications.sh)
    return await ApplicationsBench.RunAsync(args[1], args.Skip(2).Select(int.Parse).ToList());
}

if (args.Length == 3 && args[0] == "mailbox" && int.TryParse(args[2], out var letters))
{
    // Usage: Gongkai.Bench mailbox <directory> <letters> (bench/mailbox.sh)
    return await MailboxBench.RunAsync(args[1], letters);
}

// Usage: Gongkai.Bench publications <sqlite-file> <count>
//        Gongkai.Bench search <count> <work-dir> [parts]     (search benchmark, see SearchBench)
if (args.Length is 3 or 4 && args[0] == "search" && int.TryParse(args[1], out var searchCount))
{
    return args.Length == 4 ? await SearchBench.RunAsync(searchCount, args[2], args[3]) : await SearchBench.RunAsync(searchCount, args[2]);
}

if (args.Length == 3 && args[0] == "powerlists-fill" && int.TryParse(args[2], out var powerItems))
{
    // Usage: Gongkai.Bench powerlists-fill <sqlite-file> <count> (bench/powerlists.sh)
    return await PowerListsBench.FillAsync(args[1], powerItems);
}

if (args.Length >= 4 && args[0] == "powerlists-measure" && int.TryParse(args[2], out var powerRequests))
{
    // Usage: Gongkai.Bench powerlists-measure <base-url> <requests> <name|path>… (bench/powerlists.sh)
    return await PowerListsBench.MeasureAsync(args[1], powerRequests, args.Skip(3));
}

if (args.Length == 4 && args[0] == "enforcement-fill" && int.TryParse(args[2], out var decisions) && int.TryParse(args[3], out var enforcementOrgans))
{
    // Usage: Gongkai.Bench enforcement-fill <sqlite-file> <count> <organs> (bench/enforcement.sh)
    return await EnforcementBench.FillAsync(args[1], decisions, enforcementOrgans);
}

if (args.Length >= 4 && args[0] == "enforcement-measure" && int.TryParse(args[2], out var enforcementRequests))
{
    // Usage: Gongkai.Bench enforcement-measure <base-url> <requests> <name|path>… (bench/enforcement.sh)
    return await EnforcementBench.MeasureAsync(args[1], enforcementRequests, args.Skip(3));
}

if (args.Length == 3 && args[0] == "staff-cookie" && int.TryParse(args[2], out var staffOrgan))
{
    // Usage: Gongkai.Bench staff-cookie <data-directory> <organization-id> (bench/publications.sh)
    return await StaffCookie.RunAsync(args[1], staffOrgan);
}

if (args.Length >= 3 && args[0] == "search-probe")
{
    return SearchProbe.Run(args);
}

// Fills an already migrated and seeded database (start the app once on it first) with published
// items spread over the organs' Article 20 columns, as a district would have after some years. The
// raw-SQL filler of the annual-report benchmark (prepared statements, 50,000 rows a transaction):
// EF Core with change tracking took minutes per 100,000 items, too slow for 1,000,000.
if (args.Length != 3 || args[0] != "publications" || !int.TryParse(args[2], out var count))
{
    Console.Error.WriteLine("usage: Gongkai.Bench publications <sqlite-file> <count>");
    return 2;
}

return await AnnualReportsFill.RunAsync(args[1], count, applications: 0);
