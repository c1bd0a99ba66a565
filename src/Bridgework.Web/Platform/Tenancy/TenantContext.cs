using Bridgework.Web.Platform.Security;

namespace Bridgework.Web.Platform.Tenancy;

public sealed class TenantContext(IHttpContextAccessor http) : ITenantContext
{
    private readonly Stack<Guid> _entered = new();

    public Guid? CoalitionId
    {
        get
        {
            if (_entered.Count > 0)
            {
                return _entered.Peek();
            }

            var claim = http.HttpContext?.User.FindFirst(BridgeworkClaims.Coalition)?.Value;
            return Guid.TryParse(claim, out var id) ? id : null;
        }
    }

    public IDisposable Enter(Guid coalitionId)
    {
        _entered.Push(coalitionId);
        return new Exit(_entered);
    }

    private sealed class Exit(Stack<Guid> entered) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (!_done)
            {
                entered.Pop();
                _done = true;
            }
        }
    }
}
