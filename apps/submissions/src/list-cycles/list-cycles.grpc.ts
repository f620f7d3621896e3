import { QueryBus } from '@nestjs/cqrs';
import { GrpcController } from '@par/grpc-server';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { ListCyclesQuery } from './list-cycles.query';

/** ListCycles over gRPC, answered from the read model. */
@GrpcController()
export class ListCyclesGrpc {
  constructor(private readonly queries: QueryBus) {}

  @SubmissionsRpc('ListCycles')
  listCycles() {
    return this.queries.execute(new ListCyclesQuery());
  }
}
