using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmsCx.Load.Reports;

/// <summary>Source-generated serializer metadata for <see cref="JsonReport"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(LoadRunResult))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
