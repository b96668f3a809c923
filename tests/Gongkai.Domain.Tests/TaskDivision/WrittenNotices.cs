using System.Runtime.CompilerServices;

namespace Gongkai.Domain.Tests.TaskDivision;

/// <summary>Notices written for these tests in the layouts other districts and departments publish
/// (a web page copied as text, the <c>|</c>-separated copy, a department's own list, a table cut
/// off in the copy), with other districts' names, kept in Notices/ next to this file.</summary>
public static class WrittenNotices
{
    public const string YongchuanWebCopy = "yongchuan-2021-web-copy.txt";
    public const string BishanPipes = "bishan-2022-pipes.txt";
    public const string QijiangDepartmentList = "qijiang-justice-2023-list.txt";
    public const string BishanEcologyTabs = "bishan-ecology-2024-tabs.txt";
    public const string DazuCutOff = "dazu-2021-cut-off.txt";

    public static string Text(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Notices", name));
}
