using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portale.Adapters.Documents;

/// <summary>
/// Finds active content (<see cref="PdfActiveContent"/>) in an open PDF by walking every object reachable
/// from its catalog — pages, annotations, form fields, name trees, actions and their /Next chains —
/// as PdfPig parsed them: object streams unpacked and <c>#xx</c>-escaped names decoded, so neither hides
/// anything. Objects nothing refers to are never run by a reader and are not looked at. The walk is
/// bounded (<see cref="MaxTokens"/>): a document too tangled to walk counts as unreadable.
/// </summary>
internal sealed class PdfActiveContentScanner(PdfDocument document)
{
    public const int MaxTokens = 500_000;

    private readonly HashSet<IndirectReference> visited = [];
    private readonly SortedSet<PdfActiveContent> found = [];
    private int tokens;

    /// <summary>What the document carries; throws <see cref="InvalidDataException"/> past the bound.</summary>
    public IReadOnlyList<PdfActiveContent> Scan()
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (catalog.TryGet(NameToken.OpenAction, out var openAction) && IsActiveOpening(Resolve(openAction)))
        {
            found.Add(PdfActiveContent.OpenAction);
        }
        Walk(catalog);
        return [.. found];
    }

    private void Walk(IToken? token)
    {
        var pending = new Stack<IToken?>([token]);
        while (pending.TryPop(out var next))
        {
            if (++tokens > MaxTokens)
            {
                throw new InvalidDataException("The PDF has too many objects to inspect.");
            }
            switch (next)
            {
                case IndirectReferenceToken reference when visited.Add(reference.Data):
                    pending.Push(Dereference(reference.Data));
                    break;
                case StreamToken stream:
                    pending.Push(stream.StreamDictionary);
                    break;
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        pending.Push(item);
                    }
                    break;
                case DictionaryToken dictionary:
                    Inspect(dictionary);
                    foreach (var value in dictionary.Data.Values)
                    {
                        pending.Push(value);
                    }
                    break;
            }
        }
    }

    private void Inspect(DictionaryToken dictionary)
    {
        foreach (var key in dictionary.Data.Keys)
        {
            switch (key)
            {
                case "JS" or "JavaScript":
                    found.Add(PdfActiveContent.JavaScript);
                    break;
                case "AA":
                    found.Add(PdfActiveContent.AdditionalActions);
                    break;
                case "EmbeddedFiles" or "EF":
                    found.Add(PdfActiveContent.EmbeddedFile);
                    break;
            }
        }
        switch (NameOf(dictionary, "S"))
        {
            case "JavaScript":
                found.Add(PdfActiveContent.JavaScript);
                break;
            case "Launch":
                found.Add(PdfActiveContent.Launch);
                break;
            case "SubmitForm" or "ImportData":
                found.Add(PdfActiveContent.DataSubmission);
                break;
        }
        if (NameOf(dictionary, "Type") == "EmbeddedFile" || NameOf(dictionary, "Subtype") == "FileAttachment")
        {
            found.Add(PdfActiveContent.EmbeddedFile);
        }
    }

    /// <summary>
    /// An opening that shows a page (a destination, or a GoTo action with nothing after it) is harmless;
    /// any other action on opening is refused, whatever it does.
    /// </summary>
    private bool IsActiveOpening(IToken? openAction) => openAction switch
    {
        ArrayToken or NameToken or StringToken or null => false,
        DictionaryToken action => NameOf(action, "S") != "GoTo" || action.Data.ContainsKey("Next"),
        _ => true,
    };

    private IToken? Resolve(IToken? token) =>
        token is IndirectReferenceToken reference ? Dereference(reference.Data) : token;

    private IToken? Dereference(IndirectReference reference)
    {
        try
        {
            return document.Structure.GetObject(reference)?.Data;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A reference to an object that is not there is an empty object (the PDF rule); nothing to run.
            return null;
        }
    }

    private string? NameOf(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) && Resolve(value) is NameToken name ? name.Data : null;
}
