namespace Portale.Core.Uploads;

/// <summary>
/// Content of a PDF that acts by itself or reaches outside it: refused in every PDF the portal takes,
/// since the Sportello opens them. A link the reader clicks (a URI action) and an opening that only
/// shows a page (a GoTo) are not active content.
/// </summary>
public enum PdfActiveContent
{
    /// <summary>JavaScript anywhere: the document's name tree, an action, a form field's script.</summary>
    JavaScript,

    /// <summary>An action run on opening the document, other than showing one of its pages.</summary>
    OpenAction,

    /// <summary>Actions run on events (opening a page, a field, closing): the /AA dictionaries.</summary>
    AdditionalActions,

    /// <summary>An action that starts a program or opens a file outside the document.</summary>
    Launch,

    /// <summary>Files inside the document: the EmbeddedFiles name tree, embedded file specifications, attachments.</summary>
    EmbeddedFile,

    /// <summary>A form that sends its data to an address, or imports data from a file.</summary>
    DataSubmission,
}
