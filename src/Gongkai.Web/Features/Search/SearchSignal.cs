namespace Gongkai.Web.Features.Search;

/// <summary>Wakes this node's indexer as soon as a change is saved here, so that local changes are
/// searchable at once; other nodes see them on their next poll of the feed.</summary>
public sealed class SearchSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}
