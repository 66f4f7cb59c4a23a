namespace Portale.Core.Outages;

/// <summary>Dates as the Italian messages about outages write them, in Europe/Rome.</summary>
public static class OutageText
{
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) =>
        RomeTime.ToRome(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
