using System.Globalization;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.NormativeDocuments.Import;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>The 政策解读 rows of the normative Excel import (<see cref="IInterpretationImport"/>):
/// the row's publication is imported by the normative importer, this records the interpretation and
/// links it to the documents it names.</summary>
public sealed class InterpretationImport(GongkaiDbContext db, InterpretationService interpretations, InterpretationColumn column, AuditTrail audit, TimeProvider clock)
    : IInterpretationImport
{
    public string ColumnKey => InterpretationColumn.Key;

    public bool Takes(string key, string? category) => key == InterpretationColumn.Key || category?.Trim() == InterpretationColumn.Title;

    public async Task EnsureColumnAsync(int organizationId, CancellationToken ct) => await column.EnsureAsync(organizationId, ct);

    public void Check(string? form, string? interpretedNumbers, List<string> errors)
    {
        if (!TryForm(form, out _))
        {
            errors.Add($"解读形式“{form}”无效，应为 文字、图解、视频、音频 或 问答。");
        }

        if (string.IsNullOrWhiteSpace(interpretedNumbers))
        {
            errors.Add("政策解读须填写“解读文件发文字号”。");
        }
    }

    public Task<List<NormativeDocument>> ResolveAsync(string? interpretedNumbers, int organizationId, CancellationToken ct) =>
        interpretations.ResolveAsync(new InterpretationInput { DocumentNumbers = interpretedNumbers }, organizationId, ct);

    public async Task AttachAsync(int publicationId, int organizationId, int row, string? form, List<NormativeDocument> documents, CancellationToken ct)
    {
        TryForm(form, out var kind);
        var interpretation = new PolicyInterpretation { PublicationId = publicationId, OrganizationId = organizationId, Form = kind, CreatedAt = clock.GetUtcNow() };
        db.Add(interpretation);
        await db.SaveChangesAsync(ct);
        var tracked = await db.Set<NormativeDocument>().Where(d => documents.Select(x => x.Id).Contains(d.Id)).ToListAsync(ct);
        await interpretations.LinkAllAsync(interpretation, tracked, ct);
        audit.Record("interpretation.imported", targetType: InterpretationService.TargetType,
            targetId: interpretation.Id.ToString(CultureInfo.InvariantCulture), after: new { row, documents = documents.Select(d => d.DocumentNumber) },
            organizationId: organizationId);
        await db.SaveChangesAsync(ct);
    }

    private static bool TryForm(string? text, out InterpretationForm form)
    {
        form = InterpretationForm.Text;
        switch (text?.Trim())
        {
            case null or "" or "文字" or "文字解读":
                return true;
            case "图解":
                form = InterpretationForm.Graphic;
                return true;
            case "视频" or "视频解读":
                form = InterpretationForm.Video;
                return true;
            case "音频" or "音频解读":
                form = InterpretationForm.Audio;
                return true;
            case "问答":
                form = InterpretationForm.QuestionsAndAnswers;
                return true;
            default:
                return false;
        }
    }
}
