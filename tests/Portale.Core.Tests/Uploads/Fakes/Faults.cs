namespace Portale.Core.Tests.Uploads.Fakes;

/// <summary>
/// A crash injected at a named point of a fake port: the nth call (or every call) throws; or other work run
/// there, as a concurrent run would.
/// </summary>
public sealed class Faults
{
    private readonly Dictionary<string, int> calls = [];
    private readonly Dictionary<string, (int Nth, bool Always, Action? Before)> armed = [];
    private readonly Dictionary<string, Action> interleaved = [];

    public void FailOn(string point, int nth = 1) => armed[point] = (nth, false, null);

    public void FailAlways(string point, Action? before = null) => armed[point] = (1, true, before);

    /// <summary>Runs <paramref name="action"/> once, at the next call of <paramref name="point"/>, before it goes on.</summary>
    public void Interleave(string point, Action action) => interleaved[point] = action;

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
        if (interleaved.Remove(point, out var action))
        {
            action();
        }
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
