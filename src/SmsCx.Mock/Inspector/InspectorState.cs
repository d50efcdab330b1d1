using SmsCx.Mock.Admin;

namespace SmsCx.Mock.Inspector;

/// <summary>
/// What the inspector page shows, as <c>GET /_mock/inspector/state</c> answers it: the newest messages and webhook
/// attempts (newest first, at most the requested limit each), the totals, and the selected message with every
/// attempt that concerns it.
/// </summary>
/// <param name="Version">The state's version, also sent as the ETag; it grows with every change.</param>
/// <param name="MessageCount">Messages the mock holds, shown or not.</param>
/// <param name="JournalCount">Attempts the journal holds, shown or not.</param>
/// <param name="Messages">The newest messages, newest first.</param>
/// <param name="Journal">The newest webhook attempts, newest first.</param>
/// <param name="Selected">
/// The message asked for with <c>msgId</c>, or <see langword="null"/> when none was asked for or it is gone.
/// </param>
/// <param name="SelectedJournal">Attempts carrying an item of the selected message, newest first, at most the limit.</param>
public sealed record InspectorState(
    long Version,
    int MessageCount,
    int JournalCount,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<JournalEntryView> Journal,
    MessageView? Selected,
    IReadOnlyList<JournalEntryView> SelectedJournal);
