using System.Text.RegularExpressions;

namespace Gongkai.Domain.Tests.Architecture;

/// <summary>Dependencies between the web project's feature folders go one way: the feature that owns
/// data registers its plug-ins (search sources, report sources, indicators, portal entries, page slot
/// blocks) with the feature that shows them, never the reverse. A reference is a <c>using</c> of
/// another feature's namespace or a name qualified by it, in any .cs or .cshtml file of the folder.
/// Any pair that goes both ways fails (a page slot, or a small interface owned by the lower feature
/// and implemented by the higher one, keeps a dependency one way).</summary>
public sealed partial class FeatureDependencyTests
{
    /// <summary>Two-way pairs tolerated, alphabetical within each pair: none. The last inherited
    /// ones (Identity ↔ Organizations, Interpretations ↔ NormativeDocuments) are gone; keep it empty.</summary>
    private static readonly HashSet<(string, string)> Known = [];

    [Fact]
    public void No_feature_pair_depends_on_each_other_beyond_the_known_list()
    {
        var pairs = TwoWayPairs(FeaturesDirectory());
        var added = pairs.Keys.Where(p => !Known.Contains(p)).Select(p => $"{p.Item1} ↔ {p.Item2}: {pairs[p]}").ToList();
        Assert.True(added.Count == 0, "New two-way feature dependencies (register a plug-in with the feature that shows the data instead):\n" + string.Join("\n", added));
        var gone = Known.Where(p => !pairs.ContainsKey(p)).ToList();
        Assert.True(gone.Count == 0, "No longer two-way, take off the list: " + string.Join(", ", gone));
    }

    [Fact]
    public void A_reference_by_using_or_by_qualified_name_counts_and_a_comment_does_not()
    {
        var root = Directory.CreateTempSubdirectory("gongkai-deps-");
        try
        {
            Write(root, "Alpha/A.cs", "using Gongkai.Web.Features.Beta;\nnamespace Gongkai.Web.Features.Alpha;");
            Write(root, "Beta/B.cshtml", "@await Component.InvokeAsync(typeof(Gongkai.Web.Features.Alpha.Widget))\n@* Gamma.Thing is only named here *@");
            Write(root, "Gamma/G.cs", "// see Alpha.Widget\nvar x = Beta.Thing.Make();");
            Assert.Equal([("Alpha", "Beta")], TwoWayPairs(root.FullName).Keys);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static void Write(DirectoryInfo root, string path, string text)
    {
        var file = Path.Combine(root.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    /// <summary>Each two-way pair with one example reference of each direction.</summary>
    private static Dictionary<(string, string), string> TwoWayPairs(string featuresDirectory)
    {
        var features = Directory.GetDirectories(featuresDirectory).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var names = string.Join("|", features.Select(Regex.Escape));
        var qualified = new Regex($@"(?<![\w.])(?:Gongkai\.Web\.Features\.|Features\.)?({names})\.[A-Z]\w*");
        var usings = new Regex($@"using\s+(?:static\s+)?(?:\w+\s*=\s*)?Gongkai\.Web\.Features\.({names})\b");
        var edges = new Dictionary<(string From, string To), string>();
        foreach (var feature in features)
        {
            var files = Directory.EnumerateFiles(Path.Combine(featuresDirectory, feature), "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            foreach (var file in files)
            {
                foreach (var line in File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.TrimStart().StartsWith("@*", StringComparison.Ordinal)))
                {
                    foreach (var match in qualified.Matches(line).Concat(usings.Matches(line)))
                    {
                        var target = match.Groups[1].Value;
                        if (target != feature)
                        {
                            edges.TryAdd((feature, target), $"{Path.GetRelativePath(featuresDirectory, file)}: {match.Value}");
                        }
                    }
                }
            }
        }

        return edges.Keys.Where(e => string.CompareOrdinal(e.From, e.To) < 0 && edges.ContainsKey((e.To, e.From)))
            .ToDictionary(e => (e.From, e.To), e => $"{edges[e]} / {edges[(e.To, e.From)]}");
    }

    private static string FeaturesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "src", "Gongkai.Web", "Features");
    }
}
