namespace Portale.LocalHost.Functions;

public enum TriggerKind
{
    Http,
    Timer,
    Blob,
}
