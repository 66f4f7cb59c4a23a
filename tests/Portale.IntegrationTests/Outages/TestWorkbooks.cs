using ClosedXML.Excel;

namespace Portale.IntegrationTests.Outages;

/// <summary>Excel files as a company would send them: a header, the names in column A, other columns beside.</summary>
internal static class TestWorkbooks
{
    public static byte[] Names(params string[] names)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Risposte");
        sheet.Cell(1, 1).Value = "Risposta";
        sheet.Cell(1, 2).Value = "Note";
        for (var i = 0; i < names.Length; i++)
        {
            sheet.Cell(i + 2, 1).Value = names[i];
            sheet.Cell(i + 2, 2).Value = "R-P-99-9999999_99.PDF"; // only column A is read
        }
        workbook.AddWorksheet("Altro").Cell(1, 1).Value = "R-P-99-9999998_99.PDF"; // nor any other sheet
        using var file = new MemoryStream();
        workbook.SaveAs(file);
        return file.ToArray();
    }
}
