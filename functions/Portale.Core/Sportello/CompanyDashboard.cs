namespace Portale.Core.Sportello;

/// <summary>One company's row of the staff dashboard, as last computed (<see cref="UpdatedAt"/>).</summary>
public sealed record CompanyDashboard(
    string CompanyId, string CompanyName, IReadOnlyList<Sector> Sectors, int ToDownload, int ToAnswer, int Overdue,
    int AbsentThisMonth, int RemindersSent, int? MedianDaysToAnswer, DateTimeOffset UpdatedAt)
{
    public static CompanyDashboard Of(Company company, LetterFigures figures, int remindersSent, DateTimeOffset at) =>
        new(company.Id, company.Name, company.Sectors, figures.ToDownload, figures.ToAnswer, figures.Overdue,
            figures.AbsentThisMonth, remindersSent, figures.MedianDaysToAnswer, at);
}
