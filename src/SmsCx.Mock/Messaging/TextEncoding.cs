namespace SmsCx.Mock.Messaging;

/// <summary>The two SMS encodings the API reports.</summary>
public enum TextEncoding
{
    /// <summary>GSM 03.38 7-bit default alphabet with its extension table.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 code units), used as soon as one character is outside GSM-7.</summary>
    Ucs2,
}
