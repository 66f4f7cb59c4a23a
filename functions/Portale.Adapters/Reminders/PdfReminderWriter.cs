using Portale.Adapters.Documents;

namespace Portale.Adapters.Reminders;

/// <summary>The automatic sollecito as a one-page PDF, through the portal's one PDF writer.</summary>
public sealed class PdfReminderWriter : IReminderDocumentWriter
{
    public byte[] Write(GeneratedReminder reminder)
    {
        var lines = reminder.Lines();
        var pdf = new PdfTextWriter();
        pdf.Line(lines[0], 14, strong: true);
        foreach (var line in lines.Skip(1))
        {
            pdf.Space(6);
            pdf.Line(line, 11);
        }
        return pdf.Build();
    }
}
