using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Web.Data;
using Gongkai.Web.Features.AnnualReports;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Concerns;
using Gongkai.Web.Features.Consultations;
using Gongkai.Web.Features.Compliance;
using Gongkai.Web.Features.DisclosureGuides;
using Gongkai.Web.Features.Enforcement;
using Gongkai.Web.Features.Identity;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Mailbox;
using Gongkai.Web.Features.NormativeDocuments;
using Gongkai.Web.Features.OrganizationFunctions;
using Gongkai.Web.Features.Organizations;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.MarketRules;
using Gongkai.Web.Features.PolicyQa;
using Gongkai.Web.Features.PowerLists;
using Gongkai.Web.Features.ReadingPlaces;
using Gongkai.Web.Features.Safeguards;
using Gongkai.Web.Features.ServiceGuides;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.TaskDivision;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Features.StandardCatalogs;
using Gongkai.Web.Features.ServiceCases;
using Gongkai.Web.Shared;
using Gongkai.Web.Shared.Files;
using Gongkai.Web.Shared.Cluster;
using Gongkai.Web.Shared.Network;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web;

/// <summary>The composition of the application: one line per feature, so that what the platform
/// consists of can be read in one place.</summary>
public static class GongkaiApp
{
    public static void AddGongkai(this WebApplicationBuilder builder, string[] args)
    {
        if (args.Contains("--demo") && !args.Contains(Shared.Demo.DemoData.RemoveCommand))
        {
            // --demo is for trying the platform on one machine: it implies the Trial profile.
            builder.Configuration["Gongkai:Security:Profile"] = nameof(SecurityProfile.Trial);
            builder.Configuration[Shared.Demo.DemoData.Setting] = "true";
        }

        DefaultListenAddress.ApplyUnlessChosen(builder);
        var options = builder.Configuration.GetSection(GongkaiOptions.Section).Get<GongkaiOptions>() ?? new GongkaiOptions();
        var services = builder.Services;
        services.Configure<GongkaiOptions>(builder.Configuration.GetSection(GongkaiOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<SiteChrome>();
        services.AddProblemDetails();
        services.AddApiDescription();
        services.AddForwardedHeadersFromSettings(builder.Configuration);
        // Kestrel writes "Server: Kestrel" after OnStarting, where SecurityHeaders cannot remove it.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        // Secure whenever the request (or, behind a known proxy, the original request) was HTTPS.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        services.AddGongkaiRateLimits(options.Security);

        // Chinese text stays readable in HTML instead of &#x...; entities (DESIGN.md).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o => o.Filters.Add<PageHandlerGuard>())
            .AddRazorOptions(o => o.PageViewLocationFormats.Add("/Shared/{0}" + RazorViewEngine.ViewExtension));

        services.AddGongkaiDatabase(options, builder.Configuration);
        services.AddFileStore(builder.Configuration);
        services.AddIdentityFeature(options);
        services.AddOrganizationsFeature();
        services.AddCalendarFeature();
        services.AddAuditFeature();
        services.AddPublicationsFeature();
        services.AddDisclosureGuidesFeature();
        services.AddOrganizationFunctionsFeature();
        services.AddAnnualReportsFeature();
        services.AddNormativeDocumentsFeature();
        services.AddInterpretationsFeature();
        services.AddTaskDivisionFeature();
        services.AddPowerListsFeature();
        services.AddStandardCatalogsFeature();
        services.AddReadingPlacesFeature();
        services.AddSafeguardsFeature();
        services.AddServiceGuidesFeature();
        services.AddServiceCasesFeature();
        services.AddMarketRulesFeature();
        services.AddPolicyQaFeature();
        services.AddEnforcementFeature();
        services.AddConsultationsFeature();
        services.AddApplicationsFeature();
        services.AddMailboxFeature();
        services.AddSearchFeature();
        services.AddConcernsFeature();
        services.AddPortalFeature();
        services.AddComplianceFeature();
        // Last: it wraps the output-cache store every feature registered a policy for.
        services.AddCluster(options, builder.Configuration);
    }

    public static async Task UseGongkaiAsync(this WebApplication app)
    {
        await app.Services.InitializeDatabaseAsync();

        // First: the request's id from the gateway (or a new one) in the log scope and the response.
        app.UseRequestIds();
        // Then the client address and scheme the rate limits, cookies and HSTS see.
        app.UseForwardedHeadersFromSettings();
        app.UseErrorAnswers();

        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            // Every deployed instance sits behind TLS (the gateway terminates 国密 TLS where required);
            // HSTS is only sent on HTTPS requests, including those a known proxy forwarded as https.
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdentityFeature();
        // After authentication, so that signed-in staff are never served or stored (PortalCachePolicy).
        app.UseOutputCache();

        app.MapHealth();
        app.MapApiDescription();
        app.MapPortalEndpoints();
        app.MapRazorPages();
        app.MapIdentityEndpoints();
        app.MapOrganizationsEndpoints();
        app.MapCalendarEndpoints();
        app.MapAuditEndpoints();
        app.MapPublicationsEndpoints();
        app.MapDisclosureGuidesEndpoints();
        app.MapOrganizationFunctionsEndpoints();
        app.MapAnnualReportsEndpoints();
        app.MapNormativeDocumentsEndpoints();
        app.MapTaskDivisionEndpoints();
        app.MapPowerListsEndpoints();
        app.MapStandardCatalogsEndpoints();
        app.MapReadingPlacesEndpoints();
        app.MapServiceGuidesEndpoints();
        app.MapServiceCasesEndpoints();
        app.MapMarketRulesEndpoints();
        app.MapEnforcementEndpoints();
        app.MapConsultationsEndpoints();
        app.MapApplicationsEndpoints();
        app.MapMailboxEndpoints();
        app.MapSearchEndpoints();
        app.MapComplianceEndpoints();
    }
}
