package dev.ec2lite.cli.output;

import static dev.ec2lite.cli.output.Shape.BOOLEAN;
import static dev.ec2lite.cli.output.Shape.STRING;

import dev.ec2lite.cli.output.Shape.ListOf;
import dev.ec2lite.cli.output.Shape.Member;
import dev.ec2lite.cli.output.Shape.Structure;

/**
 * The output shape of {@code DescribeRouteTables}, from botocore's EC2 model (API version 2016-11-15),
 * kept apart from {@link Ec2Shapes} because only the route commands print it.
 */
public final class RouteShapes {
    private static final Structure ROUTE = Structure.of(
            Member.of("DestinationCidrBlock", STRING),
            Member.of("DestinationIpv6CidrBlock", STRING),
            Member.of("DestinationPrefixListId", STRING),
            Member.of("EgressOnlyInternetGatewayId", STRING),
            Member.of("GatewayId", STRING),
            Member.of("InstanceId", STRING),
            Member.of("InstanceOwnerId", STRING),
            Member.of("NatGatewayId", STRING),
            Member.of("TransitGatewayId", STRING),
            Member.of("LocalGatewayId", STRING),
            Member.of("CarrierGatewayId", STRING),
            Member.of("NetworkInterfaceId", STRING),
            Member.of("Origin", STRING),
            Member.of("State", STRING),
            Member.of("VpcPeeringConnectionId", STRING),
            Member.of("CoreNetworkArn", STRING));

    private static final Structure ASSOCIATION = Structure.of(
            Member.of("Main", BOOLEAN),
            Member.of("RouteTableAssociationId", STRING),
            Member.of("RouteTableId", STRING),
            Member.of("SubnetId", STRING),
            Member.of("GatewayId", STRING),
            Member.of(
                    "AssociationState", Structure.of(Member.of("State", STRING), Member.of("StatusMessage", STRING))));

    /** One element of {@code RouteTables}. */
    public static final Structure ROUTE_TABLE = Structure.of(
            new Member("Associations", "associationSet", new ListOf(ASSOCIATION)),
            new Member(
                    "PropagatingVgws", "propagatingVgwSet", new ListOf(Structure.of(Member.of("GatewayId", STRING)))),
            Member.of("RouteTableId", STRING),
            new Member("Routes", "routeSet", new ListOf(ROUTE)),
            new Member("Tags", "tagSet", new ListOf(Ec2Shapes.TAG)),
            Member.of("VpcId", STRING),
            Member.of("OwnerId", STRING));

    /** The answer of {@code DescribeRouteTables}. */
    public static final Structure DESCRIBE_ROUTE_TABLES = Structure.of(
            new Member("RouteTables", "routeTableSet", new ListOf(ROUTE_TABLE)), Member.of("NextToken", STRING));

    private RouteShapes() {}
}
