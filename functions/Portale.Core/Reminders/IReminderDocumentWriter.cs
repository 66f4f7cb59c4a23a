namespace Portale.Core.Reminders;

/// <summary>Writes the PDF of a sollecito the portal sends by itself.</summary>
public interface IReminderDocumentWriter
{
    byte[] Write(GeneratedReminder reminder);
}
