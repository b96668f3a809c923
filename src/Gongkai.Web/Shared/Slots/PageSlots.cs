using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Shared.Slots;

/// <summary>Places on one feature's page where other features show blocks of their own. The page
/// renders its slot (<c>@await Component.SlotAsync(ViewContext.HttpContext, slot, target)</c>) and knows nothing of who fills it; a feature adds a
/// block in its registration (<see cref="PageSlots.AddSlotBlock"/>), so dependencies between features
/// stay one way: the feature that owns the data depends on the page's feature, never the reverse.</summary>
public enum PageSlot
{
    /// <summary>The public home page, between the policy documents and the service entries (target: none).</summary>
    HomeBlocks,

    /// <summary>The head of a column on an organ's platform (target: the organ, the column key).</summary>
    ColumnHead,

    /// <summary>Below a normative document's public page (target: the document).</summary>
    NormativeDocumentFoot,

    /// <summary>Below an interpretation's public page (target: the interpretation's publication).</summary>
    InterpretationFoot,

    /// <summary>An organ's normative documents staff page, between its actions and its document list (target: the organ).</summary>
    NormativeStaffOrgan,

    /// <summary>The staff dashboard's list, for each organ the person administers (target: the organ, its short name as key).</summary>
    StaffDashboardOrgan,
}

/// <summary>What a slot is rendered for: the page's record id and, for a column, its key.</summary>
public readonly record struct SlotTarget(int Id, string? Key = null);

/// <summary>A block in a slot: the view component to invoke and its arguments for a target
/// (<c>null</c>: nothing to show for that target, e.g. another column).</summary>
public sealed record SlotBlock(PageSlot Slot, Type ViewComponent, int Order, Func<SlotTarget, object?> Arguments);

/// <summary>One slot to render.</summary>
public sealed record SlotRequest(PageSlot Slot, SlotTarget Target = default);

public static class PageSlots
{
    /// <summary>Shows <typeparamref name="TComponent"/> in <paramref name="slot"/>, invoked with the
    /// arguments <paramref name="arguments"/> gives for the page's target (or not at all for null).</summary>
    public static IServiceCollection AddSlotBlock<TComponent>(this IServiceCollection services, PageSlot slot, int order, Func<SlotTarget, object?> arguments)
        where TComponent : Microsoft.AspNetCore.Mvc.ViewComponent =>
        services.AddSingleton(new SlotBlock(slot, typeof(TComponent), order, arguments));

    /// <summary>The blocks of <paramref name="request"/>'s slot that have something for its target, in order.</summary>
    public static IEnumerable<(Type ViewComponent, object Arguments)> For(this IEnumerable<SlotBlock> blocks, SlotRequest request) =>
        blocks.Where(b => b.Slot == request.Slot).OrderBy(b => b.Order)
            .Select(b => (b.ViewComponent, Arguments: b.Arguments(request.Target)))
            .Where(b => b.Arguments is not null)
            .Select(b => (b.ViewComponent, b.Arguments!));

    /// <summary>The blocks of a slot, rendered in place. (A partial view did this before; its view
    /// lookup on every request was a fifth of an uncached column page's rendering, most columns
    /// having no block at all.)</summary>
    public static async Task<IHtmlContent> SlotAsync(this IViewComponentHelper components, HttpContext http, PageSlot slot, SlotTarget target = default)
    {
        var content = new HtmlContentBuilder();
        foreach (var (component, arguments) in http.RequestServices.GetServices<SlotBlock>().For(new SlotRequest(slot, target)))
        {
            content.AppendHtml(await components.InvokeAsync(component, arguments));
        }

        return content;
    }
}
