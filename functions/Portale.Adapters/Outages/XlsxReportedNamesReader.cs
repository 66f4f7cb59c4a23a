using System.Text;
using System.Xml;
using Portale.Adapters.Uploads;

namespace Portale.Adapters.Outages;

/// <summary>
/// The names of a chapter 9 report from an .xlsx, read as hostile input without an Excel library: at most
/// <see cref="MaxFileBytes"/> as uploaded and <see cref="MaxEntries"/> parts; only the workbook, its
/// relationships, the first sheet and the shared strings are read, each through a
/// <see cref="SizeLimitedStream"/> of <see cref="MaxPartBytes"/> whatever its header says (a ZIP bomb stops
/// there); XML without DTDs or external entities; only column A, at most <see cref="MaxCells"/> cells with
/// a value. Every other column, sheet, formula or macro is never looked at.
/// </summary>
public sealed class XlsxReportedNamesReader : IReportedNamesReader
{
    public const long MaxBytes = 1 * UploadLimits.MegaByte;
    public const long MaxPartBytes = 8 * UploadLimits.MegaByte;
    public const int MaxEntries = 64;
    public const int MaxCells = 2 * ReportedAnswerNames.Max;

    private const string Workbook = "xl/workbook.xml";
    private const string WorkbookRelationships = "xl/_rels/workbook.xml.rels";

    public long MaxFileBytes => MaxBytes;

    public async Task<IReadOnlyList<ReportedName>> ReadAsync(
        Stream workbook, string fileName, CancellationToken cancellationToken)
    {
        ZipReader zip;
        try
        {
            zip = await ZipReader.OpenAsync(workbook, fileName, cancellationToken, MaxBytes);
        }
        catch (RefusalException)
        {
            throw Refuse(UploadMessages.InvalidFormat(fileName));
        }
        await using (zip)
        {
            try
            {
                return Read(zip, fileName);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or FormatException or OverflowException
                or InvalidOperationException)
            {
                throw Refuse(UploadMessages.InvalidFormat(fileName));
            }
            catch (UploadTooLargeException)
            {
                throw Refuse($"Il file '{fileName}' una volta decompresso supera la dimensione ammessa per l'elenco " +
                    "delle risposte.");
            }
        }
    }

    private static IReadOnlyList<ReportedName> Read(ZipReader zip, string fileName)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            throw Refuse($"Il file '{fileName}' contiene troppe parti per essere un elenco di risposte.");
        }
        var relationships = Relationships(zip);
        var sheet = FirstSheetId(zip) is { } id && relationships.TryGetValue(id, out var target)
            ? target
            : throw Refuse(UploadMessages.InvalidFormat(fileName));
        var cells = ColumnA(zip, sheet.Path, fileName);
        var needed = cells.Where(c => c.Shared).Select(c => int.Parse(c.Text, CultureInfo.InvariantCulture)).ToHashSet();
        var shared = needed.Count == 0 ? [] : SharedStrings(zip, relationships.Values, needed);
        return cells
            .Select(c => new ReportedName(
                c.Shared ? shared.GetValueOrDefault(int.Parse(c.Text, CultureInfo.InvariantCulture), "") : c.Text, c.Row))
            .ToList();
    }

    /// <summary>Relationship id → part path and type, of the workbook.</summary>
    private static Dictionary<string, (string Path, string Type)> Relationships(ZipReader zip)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var xml = Open(zip, WorkbookRelationships);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
            {
                found[id] = (PartPath(target), xml.GetAttribute("Type") ?? "");
            }
        }
        return found;
    }

    private static string? FirstSheetId(ZipReader zip)
    {
        using var xml = Open(zip, Workbook);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
            {
                // r:id, in the transitional or the strict relationships namespace.
                while (xml.MoveToNextAttribute())
                {
                    if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
                    {
                        return xml.Value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static List<Cell> ColumnA(ZipReader zip, string sheetPath, string fileName)
    {
        var cells = new List<Cell>();
        using var xml = Open(zip, sheetPath);
        var row = 0;
        var column = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (xml.LocalName == "row")
            {
                row = int.TryParse(xml.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
            }
            else if (xml.LocalName == "c")
            {
                column = xml.GetAttribute("r") is { } reference ? ColumnOf(reference) : column + 1;
                if (column != 1 || xml.IsEmptyElement)
                {
                    continue;
                }
                var type = xml.GetAttribute("t");
                var text = CellText(xml.ReadSubtree(), type == "inlineStr");
                if (text.Length == 0)
                {
                    continue;
                }
                if (cells.Count == MaxCells)
                {
                    throw Refuse($"Il file '{fileName}' contiene più di {MaxCells} righe: segnalare al massimo " +
                        $"{ReportedAnswerNames.Max} risposte per volta.");
                }
                cells.Add(new Cell(row, text, type == "s"));
            }
        }
        return cells;
    }

    /// <summary>The value of a cell: its <c>v</c>, or for an inline string the text of its <c>t</c> elements.</summary>
    private static string CellText(XmlReader cell, bool inline)
    {
        using (cell)
        {
            var text = new StringBuilder();
            while (cell.Read())
            {
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName == (inline ? "t" : "v"))
                {
                    text.Append(cell.ReadElementContentAsString());
                }
            }
            return text.ToString().Trim();
        }
    }

    /// <summary>The shared strings at <paramref name="needed"/>, phonetic runs left out.</summary>
    private static Dictionary<int, string> SharedStrings(
        ZipReader zip, IEnumerable<(string Path, string Type)> parts, HashSet<int> needed)
    {
        var found = new Dictionary<int, string>();
        if (parts.FirstOrDefault(p => p.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Path is not { } path)
        {
            return found;
        }
        using var xml = Open(zip, path);
        var index = -1;
        var last = needed.Max();
        while (index < last && xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
            {
                continue;
            }
            index++;
            using var item = xml.ReadSubtree();
            var text = new StringBuilder();
            while (item.Read())
            {
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh")
                {
                    item.Skip();
                }
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
                {
                    text.Append(item.ReadElementContentAsString());
                }
            }
            if (needed.Contains(index))
            {
                found[index] = text.ToString().Trim();
            }
        }
        return found;
    }

    private static XmlReader Open(ZipReader zip, string path)
    {
        var entry = zip.Entries.FirstOrDefault(e => e.Name == path) ?? throw new InvalidDataException(
            $"The workbook has no part {path}.");
        return XmlReader.Create(zip.OpenEntry(entry, MaxPartBytes), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
            MaxCharactersInDocument = MaxPartBytes,
        });
    }

    /// <summary>A relationship target, relative to <c>xl/</c> or absolute in the package; never outside it.</summary>
    private static string PartPath(string target)
    {
        var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        return path.Split('/').Contains("..") ? throw new InvalidDataException($"Unsafe part {target}.") : path;
    }

    /// <summary>1 for A, 2 for B, … from a reference such as <c>AB12</c>.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > 16384)
            {
                throw new FormatException($"Bad cell reference {reference}.");
            }
        }
        return column;
    }

    private static RefusalException Refuse(string message) => RefusalException.Invalid(
        RefusalException.ValidationFailed, RefusalException.ValidationTitle, RefusalException.FieldErrors("file", message));

    private sealed record Cell(int Row, string Text, bool Shared);
}
