namespace Portale.Core.Clients;

/// <summary>What a company's system may do with its token, chosen when its client is created.</summary>
public enum ClientPermission
{
    /// <summary>The section lists, a letter, its PDF and ZIP (recording the download), solleciti, invii falliti.</summary>
    ReadLetters,

    /// <summary>Uploads of answers, ZIPs, communications and TIRV rejections, and their status.</summary>
    SendAnswers,
}
