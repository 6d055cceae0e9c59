using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace ConsultEngine.Hosting.Tests.Notifications;

/// <summary>
/// A small SMTP server on 127.0.0.1 for tests: it takes mail as a relay would (EHLO, MAIL, RCPT, DATA),
/// keeps every message it accepted, can answer "421 not available" to the next connections (a server
/// that is down) and "550" to chosen recipients (an address refused for good).
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _downFor;

    public SmtpTestServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public ConcurrentBag<string> Refused { get; } = new(["refused@example.vn"]);

    /// <summary>How many connections were turned away while down.</summary>
    public int TurnedAway { get; private set; }

    /// <summary>The next <paramref name="connections"/> connections are answered 421 and closed.</summary>
    public void DownFor(int connections) => Interlocked.Exchange(ref _downFor, connections);

    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No matching mail within {timeout} ({Received.Count} received, {TurnedAway} connections turned away).");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        await using (var stream = client.GetStream())
        {
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (Interlocked.Decrement(ref _downFor) >= 0)
            {
                TurnedAway++;
                await writer.WriteLineAsync("421 4.3.2 Service not available, try later");
                return;
            }

            await writer.WriteLineAsync("220 localhost test SMTP");
            var recipients = 0;
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        recipients = 0;
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        if (Refused.Any(r => line.Contains(r, StringComparison.OrdinalIgnoreCase)))
                        {
                            await writer.WriteLineAsync("550 5.1.1 Mailbox unavailable");
                        }
                        else
                        {
                            recipients++;
                            await writer.WriteLineAsync("250 2.1.5 OK");
                        }

                        break;
                    case "DATA" when recipients == 0:
                        await writer.WriteLineAsync("554 5.5.1 No valid recipients");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        Received.Enqueue(await ReadDataAsync(reader));
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    private static async Task<MimeMessage> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        using var content = new MemoryStream(Encoding.ASCII.GetBytes(data.ToString()));
        return await MimeMessage.LoadAsync(content);
    }
}
