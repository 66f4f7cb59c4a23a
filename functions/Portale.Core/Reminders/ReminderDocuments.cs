namespace Portale.Core.Reminders;

/// <summary>
/// Where a reminder's PDF is stored: by canonical name and SHA-256, as <see cref="LetterDocuments"/>.
/// </summary>
public static class ReminderDocuments
{
    public static string PathOf(string canonicalName, string hash) => $"reminders/{canonicalName}/{hash}";
}
