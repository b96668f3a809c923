// The organ kind lives in the domain beside the disclosure rules it decides (which 《条例》 items,
// which report deadline, whether a platform), and nearly every feature reads it.
global using Gongkai.Domain.Organizations;
