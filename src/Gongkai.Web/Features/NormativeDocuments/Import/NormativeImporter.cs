using System.Globalization;
using Gongkai.Domain.NormativeDocuments;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Features.NormativeDocuments.Import;

/// <summary>Imports an organ's existing normative documents (栏目 1) and interpretations (栏目 政策解读)
/// from the platform's Excel template plus the extra columns of <see cref="NormativeImportColumns"/>.
/// The publication part goes through <see cref="PublicationImporter"/> (same checks, same row
/// reporting); documents first, so interpretations in the same file find them by 发文字号. A bad row
/// is reported by its row number and the good rows are imported.</summary>
public sealed class NormativeImporter(GongkaiDbContext db, PublicationImporter importer, PublicationAccess access, NormativeService documents,
    IInterpretationImport interpretations, AuditTrail audit, TimeProvider clock, ILogger<NormativeImporter> log)
{
    public async Task<(PublicationImportReport? Report, string? Error)> ImportAsync(int organizationId, Stream upload, string source, CancellationToken ct = default)
    {
        if (!await access.CanImportAsync(organizationId, ct))
        {
            throw new PublicationForbiddenException("您不是该机关的机关管理员，不能导入。");
        }

        var organ = await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == organizationId, ct);
        var (rows, error) = PublicationImportExcel.Read(upload);
        if (rows is null)
        {
            return (null, error);
        }

        var extras = ReadExtras(upload);
        await interpretations.EnsureColumnAsync(organizationId, ct);
        var results = new List<PublicationImportResult>();
        var docRows = new List<(PublicationImportRow Row, DocumentNumber Number, IDictionary<string, object?> Extra)>();
        var interpRows = new List<(PublicationImportRow Row, IDictionary<string, object?> Extra)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var extra = extras.GetValueOrDefault(row.Row) ?? new Dictionary<string, object?>();
            var errors = new List<string>();
            if (!string.IsNullOrWhiteSpace(row.Organization) && !Matches(organ, row.Organization.Trim()))
            {
                errors.Add($"机关“{row.Organization.Trim()}”不是本次导入的机关“{organ.Name}”。");
            }

            row.Organization = organ.Name;
            var key = string.IsNullOrWhiteSpace(row.Category) ? "" : ImportCells.CategoryKey(row.Category);
            if (key == NormativeService.ColumnKey)
            {
                if (!DocumentNumber.TryParse(row.DocumentNumber, out var number, out var numberError))
                {
                    errors.Add(numberError!);
                }
                else if (seen.TryGetValue(number!.ToString(), out var first))
                {
                    errors.Add($"发文字号 {number} 与第 {first} 行重复。");
                }
                else if (await db.Set<NormativeDocument>().AnyAsync(d => d.OrganizationId == organizationId && d.NumberPrefix == number.Prefix
                             && d.NumberYear == number.Year && d.NumberSerial == number.Number, ct))
                {
                    errors.Add($"本机关已有发文字号为 {number} 的规范性文件。");
                }
                else
                {
                    seen[number.ToString()] = row.Row;
                    row.DocumentNumber = number.ToString();
                }

                CheckDocumentExtras(row, extra, errors);
                if (errors.Count == 0)
                {
                    docRows.Add((row, number!, extra));
                }
            }
            else if (interpretations.Takes(key, row.Category))
            {
                row.Category = interpretations.ColumnKey;
                interpretations.Check(Text(extra, NormativeImportColumns.Form), Text(extra, NormativeImportColumns.InterpretedNumbers), errors);
                if (errors.Count == 0)
                {
                    interpRows.Add((row, extra));
                }
            }
            else
            {
                errors.Add("本导入只接受规范性文件（栏目填 1）和政策解读（栏目填 政策解读）。");
            }

            if (errors.Count > 0)
            {
                results.Add(new PublicationImportResult { Row = row.Row, Ok = false, Errors = errors });
            }
        }

        if (docRows.Count > 0)
        {
            var report = await importer.ImportAsync(docRows.Select(r => r.Row).ToList(), mask: false, source, ct);
            foreach (var result in report.Rows)
            {
                results.Add(result.Ok ? await AttachDocumentAsync(organizationId, result, docRows.First(r => r.Row.Row == result.Row), ct) : result);
            }
        }

        // Interpretations whose documents cannot be found are refused before anything is saved for them.
        var ready = new List<(PublicationImportRow Row, List<NormativeDocument> Docs, string? Form)>();
        foreach (var (row, extra) in interpRows)
        {
            try
            {
                var docs = await interpretations.ResolveAsync(Text(extra, NormativeImportColumns.InterpretedNumbers), organizationId, ct);
                ready.Add((row, docs, Text(extra, NormativeImportColumns.Form)));
            }
            catch (NormativeRuleException ex)
            {
                results.Add(new PublicationImportResult { Row = row.Row, Ok = false, Errors = [ex.Message] });
            }
        }

        if (ready.Count > 0)
        {
            var report = await importer.ImportAsync(ready.Select(r => r.Row).ToList(), mask: false, source, ct);
            foreach (var result in report.Rows)
            {
                if (result.Ok)
                {
                    var (_, docs, form) = ready.First(r => r.Row.Row == result.Row);
                    await interpretations.AttachAsync(result.Id!.Value, organizationId, result.Row, form, docs, ct);
                    db.ChangeTracker.Clear();
                }

                results.Add(result);
            }
        }

        var ordered = results.OrderBy(r => r.Row).ToList();
        var imported = ordered.Count(r => r.Ok);
        audit.Record("normative.importCompleted", success: imported > 0, targetType: NormativeService.TargetType,
            after: new { source, rows = rows.Count, imported, failed = ordered.Count - imported }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Normative import for organ {Org} from {Source}: {Imported} of {Rows} rows", organizationId, source, imported, rows.Count);
        return (new PublicationImportReport { Imported = imported, Failed = ordered.Count - imported, Rows = ordered }, null);
    }

    private async Task<PublicationImportResult> AttachDocumentAsync(int organizationId, PublicationImportResult result,
        (PublicationImportRow Row, DocumentNumber Number, IDictionary<string, object?> Extra) source, CancellationToken ct)
    {
        var (row, number, extra) = source;
        var now = clock.GetUtcNow();
        var d = new NormativeDocument
        {
            PublicationId = result.Id!.Value,
            OrganizationId = organizationId,
            DocumentNumber = number.ToString(),
            NumberPrefix = number.Prefix,
            NumberYear = number.Year,
            NumberSerial = number.Number,
            SignedOn = ImportCells.ParseDate(row.SignedOn, "成文日期", out _),
            EffectiveOn = ImportCells.ParseDate(Cell(extra, NormativeImportColumns.EffectiveOn), NormativeImportColumns.EffectiveOn, out _),
            ExpiresOn = ImportCells.ParseDate(Cell(extra, NormativeImportColumns.ExpiresOn), NormativeImportColumns.ExpiresOn, out _),
            NeedsInterpretation = Text(extra, NormativeImportColumns.NeedsInterpretation) is "是" or "需要" or "Y" or "y",
            FilingNumber = Text(extra, NormativeImportColumns.FilingNumber),
            FiledOn = ImportCells.ParseDate(Cell(extra, NormativeImportColumns.FiledOn), NormativeImportColumns.FiledOn, out _),
            JointIssuers = Text(extra, NormativeImportColumns.JointIssuers),
            CreatedAt = now,
            UpdatedAt = now,
        };
        PublicationLabels.TryParseValidity(row.Validity, out var validity);
        if (validity != PublicationValidity.Valid)
        {
            var on = ImportCells.ParseDate(Cell(extra, NormativeImportColumns.ValidityChangedOn), NormativeImportColumns.ValidityChangedOn, out _)!.Value;
            d.Changes.Add(new NormativeChange { To = ValidityMap.FromPublication(validity), On = on, Note = "导入", CreatedAt = now, CreatedBy = access.UserId!.Value });
        }

        db.Add(d);
        await documents.SyncAsync(d, ct);
        await db.SaveChangesAsync(ct);
        audit.Record("normative.imported", targetType: NormativeService.TargetType, targetId: d.Id.ToString(CultureInfo.InvariantCulture),
            after: new { d.DocumentNumber, row = row.Row, publicationId = d.PublicationId }, organizationId: organizationId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return result;
    }

    private static void CheckDocumentExtras(PublicationImportRow row, IDictionary<string, object?> extra, List<string> errors)
    {
        foreach (var column in new[] { NormativeImportColumns.EffectiveOn, NormativeImportColumns.ExpiresOn, NormativeImportColumns.ValidityChangedOn, NormativeImportColumns.FiledOn })
        {
            ImportCells.ParseDate(Cell(extra, column), column, out var dateError);
            if (dateError is not null)
            {
                errors.Add(dateError);
            }
        }

        if (PublicationLabels.TryParseValidity(row.Validity, out var validity) && validity != PublicationValidity.Valid
            && ImportCells.ParseDate(Cell(extra, NormativeImportColumns.ValidityChangedOn), NormativeImportColumns.ValidityChangedOn, out _) is null)
        {
            errors.Add($"有效性为“{PublicationLabels.Of(validity)}”时须填写有效性变更日期。");
        }

        if (Text(extra, NormativeImportColumns.FilingNumber)?.Length > 100 || Text(extra, NormativeImportColumns.JointIssuers)?.Length > 500)
        {
            errors.Add("备案号不能超过100字，联合发文机关不能超过500字。");
        }
    }

    private static bool Matches(Organization organ, string value) =>
        value == organ.Name || value == organ.ShortName || value == organ.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The extra columns by row number, counted as <see cref="PublicationImportExcel.Read"/> counts.</summary>
    private static Dictionary<int, IDictionary<string, object?>> ReadExtras(Stream upload)
    {
        var extras = new Dictionary<int, IDictionary<string, object?>>();
        upload.Position = 0;
        var number = 1;
        foreach (IDictionary<string, object?> cells in upload.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            number++;
            extras[number] = cells;
        }

        return extras;
    }

    private static object? Cell(IDictionary<string, object?> extra, string column) => extra.TryGetValue(column, out var v) ? v : null;

    private static string? Text(IDictionary<string, object?> extra, string column) =>
        Cell(extra, column) switch
        {
            null => null,
            string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
}
