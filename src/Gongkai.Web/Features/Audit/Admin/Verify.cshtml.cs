using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Audit.Admin;

/// <summary>Runs the chain verifier on request; the run and its outcome are audited.</summary>
[Authorize(Policy = Policies.AuditAdmin)]
public sealed class VerifyModel(AuditChainVerifier verifier) : PageModel
{
    public AuditChainReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Report = await verifier.VerifyOnRequestAsync(ct);
    }
}
