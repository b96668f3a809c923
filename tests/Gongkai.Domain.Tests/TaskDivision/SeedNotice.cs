using System.Runtime.CompilerServices;

namespace Gongkai.Domain.Tests.TaskDivision;

/// <summary>The district's own 2020 notice (江津府办发〔2020〕132号): the copy the demo data imports
/// (src/Gongkai.Web/Features/TaskDivision/Demo), so the tests and the demo read one text.</summary>
public static class SeedNotice
{
    public static string Path([CallerFilePath] string here = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Gongkai.Web", "Features", "TaskDivision", "Demo", "jiangjin-2020-132.txt");

    public static string Text() => File.ReadAllText(Path());
}
