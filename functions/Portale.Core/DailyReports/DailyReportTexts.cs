namespace Portale.Core.DailyReports;

/// <summary>
/// The report's title, dates and the PEC's text, as in the manual (ch. 10, fig. 17 and 18). The fixed
/// words of the PDF (heading, section titles, column headers) are laid out by its renderer.
/// </summary>
public static class DailyReportTexts
{
    public const string Body = "Si trasmette, in allegato, quanto in oggetto.\r\n\r\n" +
        "Cordiali Saluti\r\nSportello per il consumatore Energia e Ambiente\r\n";

    public static string Title(DateOnly day) => $"Riepilogo operazioni del giorno: {Date(day)}";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) =>
        RomeTime.ToRome(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) =>
        RomeTime.ToRome(instant).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
