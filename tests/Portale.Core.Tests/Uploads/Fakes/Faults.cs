namespace Portale.Core.Tests.Uploads.Fakes;

/// <summary>A crash injected at a named point of a fake port: the nth call (or every call) throws.</summary>
public sealed class Faults
{
    private readonly Dictionary<string, int> calls = [];
    private readonly Dictionary<string, (int Nth, bool Always, Action? Before)> armed = [];

    public void FailOn(string point, int nth = 1) => armed[point] = (nth, false, null);

    public void FailAlways(string point, Action? before = null) => armed[point] = (1, true, before);

    public void Clear() => armed.Clear();

    public void Hit(string point)
    {
        lock (calls)
        {
            HitLocked(point);
        }
    }

    private void HitLocked(string point)
    {
        var count = calls[point] = calls.GetValueOrDefault(point) + 1;
        if (armed.TryGetValue(point, out var fault) && (fault.Always || count == fault.Nth))
        {
            if (!fault.Always)
            {
                armed.Remove(point);
            }
            fault.Before?.Invoke();
            throw new IOException($"Injected crash at {point}");
        }
    }
}
