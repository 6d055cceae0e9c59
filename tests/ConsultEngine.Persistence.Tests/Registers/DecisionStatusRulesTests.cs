using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Persistence.Tests.Registers;

public sealed class DecisionStatusRulesTests
{
    [Theory]
    [InlineData(DecisionStatus.Proposed, new[] { DecisionStatus.Accepted, DecisionStatus.Rejected })]
    [InlineData(DecisionStatus.Accepted, new[] { DecisionStatus.InDrafting, DecisionStatus.Rejected })]
    [InlineData(DecisionStatus.InDrafting, new[] { DecisionStatus.Adopted, DecisionStatus.Rejected })]
    [InlineData(DecisionStatus.Adopted, new DecisionStatus[0])]
    [InlineData(DecisionStatus.Rejected, new DecisionStatus[0])]
    public void Next_ListsTheOnlyMovesAllowed(DecisionStatus from, DecisionStatus[] expected) =>
        Assert.Equal(expected, DecisionStatusRules.Next(from));
}
