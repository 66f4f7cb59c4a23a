namespace Portale.Core.Reminders;

/// <summary>
/// The automatic solleciti (settings <c>Portale:Reminders:*</c>, docs/configuration.md): on or off, the
/// first so many working days after the deadline, the second (water only) so many after the first.
/// </summary>
public sealed record AutomaticReminderOptions(
    bool Enabled = true, int FirstAfterWorkingDays = 1, int SecondAfterWorkingDays = 10)
{
    public static AutomaticReminderOptions From(Func<string, string?> setting)
    {
        var defaults = new AutomaticReminderOptions();
        return new AutomaticReminderOptions(
            bool.TryParse(setting("Portale:Reminders:Automatic"), out var on) ? on : defaults.Enabled,
            Days(setting("Portale:Reminders:FirstAfterWorkingDays"), defaults.FirstAfterWorkingDays),
            Days(setting("Portale:Reminders:SecondAfterWorkingDays"), defaults.SecondAfterWorkingDays));
    }

    private static int Days(string? text, int fallback) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 60 ? days
        : throw new InvalidOperationException($"'{text}' is not a number of working days from 0 to 60.");
}
