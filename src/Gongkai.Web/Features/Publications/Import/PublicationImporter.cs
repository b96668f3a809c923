using System.Globalization;
using Gongkai.Domain.Privacy;
using Gongkai.Domain.Publications;
using Gongkai.Web.Data;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>Brings an organ's back catalogue onto the platform: each row that passes the checks
/// becomes a published item with its original dates and 索引号, committed on its own together with
/// its audit entry, so a bad row never costs the good ones. Rows skip review (they were published
/// before the platform existed), which is why only organ administrators may import
/// (<see cref="PublicationAccess.CanImportAsync"/>).</summary>
public sealed class PublicationImporter(GongkaiDbContext db, AuditTrail audit, PublicationAccess access, OrganizationDirectory directory,
    ColumnTree columns, PublicationHtml html, IndexNumberIssuer indexNumbers, Shared.Caching.PortalCache cache, TimeProvider clock, ILogger<PublicationImporter> log)
{
    private readonly Dictionary<string, (OrganContext? Organ, string? Error)> organsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<int, OrganContext> organs = [];

    public async Task<PublicationImportReport> ImportAsync(IReadOnlyList<PublicationImportRow> rows, bool mask, string source, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw new PublicationForbiddenException("请先登录。");
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var highestInFile = new Dictionary<(string Code, int Year), int>();
        foreach (var row in rows)
        {
            if (IndexNumber.TryParse(row.IndexNumber, out var n))
            {
                firstRowOf.TryAdd(n.ToString(), row.Row);
                highestInFile[(n.OrganCode, n.Year)] = Math.Max(highestInFile.GetValueOrDefault((n.OrganCode, n.Year)), n.Serial);
            }
        }

        var results = new List<PublicationImportResult>(rows.Count);
        foreach (var row in rows)
        {
            results.Add(await ImportRowAsync(row, userId, mask, firstRowOf, highestInFile, ct));
        }

        var imported = results.Count(r => r.Ok);
        audit.Record("publication.importCompleted", success: imported > 0 || rows.Count == 0, targetType: PublicationService.TargetType,
            after: new { source, rows = rows.Count, imported, failed = rows.Count - imported, mask });
        await db.SaveChangesAsync(ct);

        // Imported items land as published: cached listings and feeds of their organs must show them.
        foreach (var organizationId in organs.Keys)
        {
            await cache.PublicationChangedAsync(organizationId, ct);
        }

        log.LogInformation("Publication import from {Source} by {User}: {Imported} of {Rows} rows imported", source, access.UserName, imported, rows.Count);
        return new PublicationImportReport { Imported = imported, Failed = rows.Count - imported, Rows = results };
    }

    private async Task<PublicationImportResult> ImportRowAsync(PublicationImportRow row, Guid userId, bool mask,
        Dictionary<string, int> firstRowOf, Dictionary<(string Code, int Year), int> highestInFile, CancellationToken ct)
    {
        var errors = new List<string>(row.CellErrors);
        var notes = new List<string>();

        var organ = await OrganAsync(row.Organization, errors, ct);
        PublicationColumn? column = null;
        if (organ is not null)
        {
            if (!await access.CanImportAsync(organ.Id, ct))
            {
                errors.Add($"您不是“{organ.Name}”的机关管理员，不能向该机关导入信息。");
            }
            else
            {
                column = FindColumn(organ, row.Category, errors);
            }
        }

        var title = row.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add("缺少标题。");
        }
        else if (title.Length > 300)
        {
            errors.Add("标题不能超过300字。");
        }

        var documentNumber = string.IsNullOrWhiteSpace(row.DocumentNumber) ? null : row.DocumentNumber.Trim();
        if (documentNumber?.Length > 100)
        {
            errors.Add("发文字号不能超过100字。");
        }

        var today = ChinaTime.Today(clock);
        var signedOn = ImportCells.ParseDate(row.SignedOn, "成文日期", out var dateError);
        AddIf(errors, dateError);
        var publishedOn = ImportCells.ParseDate(row.PublishedOn, "发布日期", out dateError);
        AddIf(errors, dateError);
        if (publishedOn is null && dateError is null)
        {
            errors.Add("缺少发布日期（yyyy-MM-dd）。");
        }
        else if (publishedOn > today)
        {
            errors.Add($"发布日期 {publishedOn:yyyy-MM-dd} 晚于今天，导入的只能是已经发布过的信息；尚未发布的请新建并送审。");
        }

        if (signedOn is not null && publishedOn is not null && signedOn > publishedOn)
        {
            errors.Add($"成文日期 {signedOn:yyyy-MM-dd} 晚于发布日期 {publishedOn:yyyy-MM-dd}。");
        }

        if (!PublicationLabels.TryParseValidity(row.Validity, out var validity))
        {
            errors.Add($"有效性“{ImportCells.Shorten(row.Validity!.Trim())}”无效，应为 有效、已修改、已废止 或 失效。");
        }

        IndexNumber? given = null;
        if (!string.IsNullOrWhiteSpace(row.IndexNumber))
        {
            if (!IndexNumber.TryParse(row.IndexNumber, out var parsed))
            {
                errors.Add($"索引号“{ImportCells.Shorten(row.IndexNumber.Trim())}”格式不正确，应为“机关代码（18位）/年份-五位序号”，如 11500116MB1234567X/2019-00012。");
            }
            else if (firstRowOf[parsed.ToString()] != row.Row)
            {
                errors.Add($"索引号 {parsed} 与第 {firstRowOf[parsed.ToString()]} 行重复。");
            }
            else if (await db.Set<Publication>().AnyAsync(p => p.IndexNumber == parsed.ToString(), ct))
            {
                errors.Add($"索引号 {parsed} 已被平台上的其他信息使用。");
            }
            else
            {
                given = parsed;
            }
        }

        var body = !string.IsNullOrWhiteSpace(row.BodyHtml) ? html.Sanitize(row.BodyHtml)
            : !string.IsNullOrWhiteSpace(row.BodyText) ? ImportCells.TextToParagraphs(row.BodyText) : null;
        if (body is null)
        {
            errors.Add("缺少正文（bodyHtml 或 bodyText）。");
        }
        else
        {
            var allowList = organ?.AllowList ?? [];
            (body, title, documentNumber) = CheckPersonalInformation(body, title, documentNumber, allowList, mask, errors, notes);
        }

        if (errors.Count > 0)
        {
            return new PublicationImportResult { Row = row.Row, Ok = false, Errors = errors };
        }

        return await SaveAsync(row, userId, organ!, column!, title!, body!, documentNumber, validity, signedOn, publishedOn!.Value, given,
            highestInFile, notes, ct);
    }

    private async Task<PublicationImportResult> SaveAsync(PublicationImportRow row, Guid userId, OrganContext organ, PublicationColumn column,
        string title, string body, string? documentNumber, PublicationValidity validity, DateOnly? signedOn, DateOnly publishedOn,
        IndexNumber? given, Dictionary<(string Code, int Year), int> highestInFile, List<string> notes, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var publishedAt = new DateTimeOffset(publishedOn.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
        var revision = new PublicationRevision
        {
            Number = 1,
            AuthorId = userId,
            AuthorName = access.UserName,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = publishedAt,
            ColumnId = column.Id,
            Title = title,
            DocumentNumber = documentNumber,
            Validity = validity,
            SignedOn = signedOn,
            FormedOn = signedOn ?? publishedOn,
            BodyHtml = body,
        };
        var p = new Publication
        {
            OrganizationId = organ.Id,
            AuthorId = userId,
            CreatedAt = now,
            UpdatedAt = now,
            Status = PublicationStatus.Published,
            PublishedAt = publishedAt,
            PublishedRevisionNumber = 1,
        };
        p.CopyContentFrom(revision);
        p.Revisions.Add(revision);

        try
        {
            await using var tx = await db.Database.BeginTransactionRetryingAsync(ct);
            if (given is { } number)
            {
                p.IndexNumber = number.ToString();
                await indexNumbers.RecordUsedAsync(number, ct);
            }
            else
            {
                p.IndexNumber = await indexNumbers.NextAsync(organ.Id, publishedOn.Year, ct,
                    atLeast: highestInFile.GetValueOrDefault((organ.IndexCode, publishedOn.Year)));
            }

            // The audit entry and the history step name the new id, so the item is saved first, inside the transaction.
            db.Add(p);
            await db.SaveChangesAsync(ct);
            db.Add(new ReviewAction
            {
                PublicationId = p.Id,
                RevisionNumber = 1,
                Decision = ReviewDecision.Imported,
                ActorId = userId,
                ActorName = access.UserName,
                At = now,
                Comment = notes.Count > 0 ? string.Join(" ", notes) : $"原发布日期 {publishedOn:yyyy-MM-dd}",
            });
            audit.Record("publication.imported", targetType: PublicationService.TargetType, targetId: p.Id.ToString(CultureInfo.InvariantCulture),
                after: new { p.Title, p.IndexNumber, column = column.Key, publishedOn, signedOn, row = row.Row, masked = notes.Count > 0 },
                organizationId: organ.Id);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            log.LogWarning(ex, "Import row {Row} could not be saved", row.Row);
            return new PublicationImportResult { Row = row.Row, Ok = false, Errors = ["保存失败：该行的索引号或数据与其他操作冲突，请稍后重新导入该行。"] };
        }
        finally
        {
            // Each row is its own unit of work; nothing of a failed row may ride along with the next.
            db.ChangeTracker.Clear();
        }

        return new PublicationImportResult
        {
            Row = row.Row,
            Ok = true,
            Id = p.Id,
            IndexNumber = p.IndexNumber,
            Url = $"/xxgk/{organ.Id}/item/{p.Id}",
            Notes = notes.Count > 0 ? notes : null,
        };
    }

    /// <summary>Personal information never reaches the public pages unmasked: the row is refused with
    /// what was found (shown masked, so the report itself leaks nothing) unless masking was asked for.
    /// An import publishes at once, so every field it publishes is checked: body text and readable
    /// attributes, title and 发文字号.</summary>
    private (string Body, string? Title, string? DocumentNumber) CheckPersonalInformation(string body, string? title, string? documentNumber,
        IReadOnlyList<string> allowList, bool mask, List<string> errors, List<string> notes)
    {
        var detector = new PersonalInformationDetector(allowList);
        var inBody = detector.ScanHtml(body);
        var inAttributes = detector.ScanAttributes(body);
        var inTitle = title is null ? [] : detector.Scan(title);
        var inNumber = documentNumber is null ? [] : detector.Scan(documentNumber);
        if (inBody.Count == 0 && inTitle.Count == 0 && inAttributes.Count == 0 && inNumber.Count == 0)
        {
            return (body, title, documentNumber);
        }

        var found = string.Join("、", inTitle.Concat(inNumber).Concat(inBody).Concat(inAttributes).Select(f => $"{PersonalInformationKinds.Name(f.Kind)} {f.Masked}").Distinct());
        if (!mask)
        {
            errors.Add($"含个人信息：{found}。请先处理；如确需按遮盖后的内容发布，请勾选“自动遮盖个人信息”（接口参数 mask=true）。");
            return (body, title, documentNumber);
        }

        notes.Add($"已自动遮盖个人信息：{found}。");
        var masked = new System.Text.StringBuilder(body.Length);
        var position = 0;
        foreach (var f in inBody)
        {
            masked.Append(body, position, f.Start - position).Append(System.Net.WebUtility.HtmlEncode(f.Masked));
            position = f.End;
        }

        masked.Append(body, position, body.Length - position);
        var masker = new PersonalInformationMasker();
        var maskedBody = inAttributes.Count > 0 ? html.MaskPersonalInformation(masked.ToString(), allowList) : masked.ToString();
        return (maskedBody, title is null ? null : masker.MaskAll(title, allowList), documentNumber is null ? null : masker.MaskAll(documentNumber, allowList));
    }

    private async Task<OrganContext?> OrganAsync(string? name, List<string> errors, CancellationToken ct)
    {
        var key = name?.Trim() ?? string.Empty;
        if (!organsByName.TryGetValue(key, out var known))
        {
            known = await LoadOrganAsync(key, ct);
            organsByName[key] = known;
        }

        if (known.Error is not null)
        {
            errors.Add(known.Error);
        }

        return known.Organ;
    }

    private async Task<(OrganContext? Organ, string? Error)> LoadOrganAsync(string key, CancellationToken ct)
    {
        var match = await directory.ResolveAsync(key, ct);
        if (!match.Found)
        {
            return (null, match.IsAmbiguous ? $"机关“{ImportCells.Shorten(key)}”不唯一：{match.Error}" : $"机关：{match.Error}");
        }

        if (!organs.TryGetValue(match.Id!.Value, out var context))
        {
            var organ = await db.Set<Organization>().AsNoTracking().FirstAsync(o => o.Id == match.Id, ct);
            var tree = await columns.EnsureAsync(organ, ct);
            context = new OrganContext(organ.Id, organ.Name, tree, await indexNumbers.OrganCodeAsync(organ.Id, ct),
                new[] { organ.OfficeEmail, organ.OfficePhone }.OfType<string>().ToList());
            organs[organ.Id] = context;
        }

        return (context, null);
    }

    private static PublicationColumn? FindColumn(OrganContext organ, string? category, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            errors.Add("缺少栏目（第二十条事项序号1–15，或栏目键如 item-21-shizheng、guide、rules、annual-reports）。");
            return null;
        }

        var key = ImportCells.CategoryKey(category);
        var leaves = ColumnTree.Leaves(organ.Columns).ToList();
        var column = leaves.FirstOrDefault(c => c.Key == key) ?? leaves.FirstOrDefault(c => c.Title == category.Trim());
        if (column is null)
        {
            errors.Add($"栏目“{ImportCells.Shorten(category.Trim())}”不在“{organ.Name}”的公开目录中（可填第二十条事项序号1–15、栏目键如 item-21-shizheng，或 guide、rules、annual-reports）。");
        }

        return column;
    }

    private static void AddIf(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }

    private sealed record OrganContext(int Id, string Name, IReadOnlyCollection<PublicationColumn> Columns, string IndexCode, IReadOnlyList<string> AllowList);
}
