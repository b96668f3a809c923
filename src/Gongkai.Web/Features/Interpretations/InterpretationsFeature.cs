using Gongkai.Web.Data;
using Gongkai.Web.Features.Interpretations.Admin;
using Gongkai.Web.Features.Interpretations.Portal;
using Gongkai.Web.Features.NormativeDocuments.Import;
using Gongkai.Web.Shared.Slots;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>政策解读: interpretations of normative documents, published in each organ's 政策解读 column;
/// the public list /zcjd, the due-date monitor and the 舆情 follow-up. It builds on the
/// NormativeDocuments feature and plugs into it (never the reverse): its blocks on the document's
/// public page and on the organ's normative staff page, and its rows of the normative Excel import.</summary>
public static class InterpretationsFeature
{
    public static IServiceCollection AddInterpretationsFeature(this IServiceCollection services)
    {
        services.AddScoped<InterpretationColumn>();
        services.AddScoped<InterpretationService>();
        services.AddScoped<InterpretationMonitor>();
        services.AddScoped<InterpretationReactions>();
        services.AddScoped<IInterpretationImport, InterpretationImport>();
        services.AddScoped<Compliance.IComplianceIndicator, LateInterpretationsIndicator>();
        services.AddSingleton<IStartupSeeder, InterpretationColumnSeeder>();
        // Before the 政策问答 block (order 10), where the document page listed its interpretations.
        services.AddSlotBlock<DocumentInterpretationsViewComponent>(PageSlot.NormativeDocumentFoot, 5, t => new { documentId = t.Id });
        services.AddSlotBlock<InterpretationDashboardViewComponent>(PageSlot.NormativeStaffOrgan, 10, t => new { organizationId = t.Id });
        return services;
    }
}
